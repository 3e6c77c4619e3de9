package org.corotck.instrumented.probe;

import org.corotck.instrumented.InstrumentedBackend;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.Yielder;

/**
 * A rough look at the goals of issue 17, not a measurement for the record (those are JMH's, in benchmarks/):
 * {@code java -javaagent:<agent jar> -cp <test class path> org.corotck.instrumented.probe.QuickCheck}.
 * Prints ns per send of a primed averager, the heap per suspended averager, and the cost of a resume
 * at depth 10,000.
 */
public final class QuickCheck {
    private QuickCheck() {}

    static Object averager(Yielder<Double, Double> y) {
        double total = 0;
        int count = 0;
        Double average = null;
        while (true) {
            double term = y.yield(average);
            total += term;
            count += 1;
            average = total / count;
        }
    }

    static Object deep(Yielder<Object, Object> y, int depth) {
        if (depth == 0) {
            while (true) {
                y.yield("bottom");
            }
        }
        return deep(y, depth - 1);
    }

    public static void main(String[] args) throws Exception {
        InstrumentedBackend backend = new InstrumentedBackend();
        Coroutine<Double, Double> avg = Coroutines.prime(backend.stackful(QuickCheck::averager));
        double sink = 0;
        Coroutine<Double, Double> machine = Coroutines.prime(backend.stateMachine(new org.corotck.spec.StateMachine<Double, Double>() {
            boolean started;
            double total;
            int count;

            @Override
            public org.corotck.spec.Step<Double, Double> resume(Double sent) {
                if (!started) {
                    started = true;
                    return org.corotck.spec.Step.yield(null);
                }
                total += sent;
                count += 1;
                return org.corotck.spec.Step.yield(total / count);
            }
        }));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int n = 20_000_000;
            for (int i = 0; i < n; i++) {
                sink += machine.send((double) (i & 7));
            }
            System.out.printf("state machine send: %.1f ns%n", (System.nanoTime() - t0) / (double) n);
        }
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            int n = 20_000_000;
            for (int i = 0; i < n; i++) {
                sink += avg.send((double) (i & 7));
            }
            System.out.printf("send: %.1f ns%n", (System.nanoTime() - t0) / (double) n);
        }
        int live = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Object[] keep = new Object[live];
        System.gc();
        Thread.sleep(200);
        long before = used();
        for (int i = 0; i < live; i++) {
            Coroutine<Double, Double> c = Coroutines.prime(backend.stackful(QuickCheck::averager));
            c.send(1.0);
            keep[i] = c;
        }
        long after = used();
        System.out.printf("heap per suspended averager (body included): %.0f B over %d%n", (after - before) / (double) live, live);
        Coroutine<Object, Object> d = backend.stackful(y -> deep(y, 10_000));
        d.next();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                d.next();
            }
            System.out.printf("resume at depth 10,000: %.1f us%n", (System.nanoTime() - t0) / 1000 / 1000.0);
        }
        System.out.println(sink + " " + keep.length);
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}

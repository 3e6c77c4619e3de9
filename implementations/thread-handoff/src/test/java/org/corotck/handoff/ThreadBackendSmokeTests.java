package org.corotck.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.Coroutines;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A short smoke test of a {@link ThreadBackend}, written once and run by each thread backend; the TCK
 * checks every rule. Every test runs on its own thread with a bound, since a broken handoff hangs.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class ThreadBackendSmokeTests {
    private static final long BOUND_MILLIS = 30_000;

    /** The name the backend registers under. */
    protected abstract String backendName();

    private Backend backend() {
        return Backends.byName(backendName());
    }

    @Test
    void declaresWhatAThreadBackendCanDo() {
        assertEquals(java.util.Set.of(Capability.STACKFUL, Capability.FINALIZES_ABANDONED), backend().capabilities());
    }

    @Test
    void averagerYieldsRunningMeansInBothBodyForms() {
        assertRunningMeans(backend().stackful(stackfulAverager()));
        assertRunningMeans(backend().stateMachine(new Averager()));
    }

    @Test
    void closeRunsFinallyAndEndsTheBodysThread() throws InterruptedException {
        AtomicReference<Thread> bodyThread = new AtomicReference<>();
        AtomicInteger finallyRan = new AtomicInteger();
        Coroutine<Object, Object> c = backend().stackful(y -> {
            bodyThread.set(Thread.currentThread());
            try {
                y.yield(1);
                return "unreached";
            } finally {
                finallyRan.incrementAndGet();
            }
        });
        assertEquals(State.CREATED, c.state());
        assertEquals(1, c.next());
        assertTrue(bodyThread.get().isDaemon());
        assertTrue(bodyThread.get().getName().startsWith("corotck-" + backendName() + "-"));
        assertNull(c.close());
        assertEquals(1, finallyRan.get());
        assertEquals(State.CLOSED, c.state());
        bodyThread.get().join(BOUND_MILLIS);
        assertFalse(bodyThread.get().isAlive(), "the body's thread still runs after close()");
    }

    @Test
    void anInterruptedCallerWaitsForTheBodyAndKeepsItsStatus() {
        Coroutine<Object, Object> c = backend().stackful(y -> {
            Object in = y.yield("ready");
            Thread.sleep(50); // long enough for the caller to stop spinning and park
            return in;
        });
        c.next();
        Thread.currentThread().interrupt();
        CoroutineExhaustedException done = assertThrows(CoroutineExhaustedException.class, () -> c.send("value"));
        assertTrue(Thread.interrupted(), "the caller's interrupt status was lost");
        assertEquals("value", done.value());
    }

    @Test
    void aYieldFromOutsideTheBodyFailsAndChangesNothing() {
        AtomicReference<Yielder<Object, Object>> yielder = new AtomicReference<>();
        Coroutine<Object, Object> c = backend().stackful(y -> {
            yielder.set(y);
            return y.yield(1);
        });
        c.next();
        assertThrows(IllegalStateException.class, () -> yielder.get().yield(2));
        assertEquals(State.SUSPENDED, c.state());
        assertEquals("in", assertThrows(CoroutineExhaustedException.class, () -> c.send("in")).value());
    }

    @Test
    void yieldsFromTenThousandNestedCalls() {
        Coroutine<Integer, Integer> c = backend().stackful(y -> recurse(y, 10_000));
        assertEquals(42, c.next());
        assertEquals(7, assertThrows(CoroutineExhaustedException.class, () -> c.send(7)).value());
    }

    @Test
    void abandonedCoroutinesRunTheirFinallyBlocksAndTheirThreadsEnd() throws InterruptedException {
        int count = 2_000;
        AtomicInteger finallyRan = new AtomicInteger();
        Queue<Thread> bodyThreads = new ConcurrentLinkedQueue<>();
        suspendAndDrop(count, finallyRan, bodyThreads);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BOUND_MILLIS);
        while (finallyRan.get() < count && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(count, finallyRan.get(), "finally blocks run by finalization");
        for (Thread t : bodyThreads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            assertFalse(t.isAlive(), () -> t + " still runs after its coroutine was finalized");
        }
    }

    /** In a method of its own, so that no local variable keeps a coroutine reachable. */
    private void suspendAndDrop(int count, AtomicInteger finallyRan, Queue<Thread> bodyThreads) {
        List<Coroutine<Object, Object>> suspended = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Coroutine<Object, Object> c = backend().stackful(y -> {
                bodyThreads.add(Thread.currentThread());
                try {
                    while (true) {
                        y.yield("waiting");
                    }
                } finally {
                    finallyRan.incrementAndGet();
                }
            });
            c.next();
            suspended.add(c);
        }
        assertNotSame(State.CLOSED, suspended.get(count - 1).state());
    }

    static Integer recurse(Yielder<Integer, Integer> y, int depth) {
        if (depth == 0) {
            return y.yield(42);
        }
        Integer in = recurse(y, depth - 1);
        return in;
    }

    static void assertRunningMeans(Coroutine<Double, Double> averager) {
        Coroutine<Double, Double> avg = Coroutines.prime(averager);
        assertEquals(10.0, avg.send(10.0));
        assertEquals(15.0, avg.send(20.0));
        assertEquals(20.0, avg.send(30.0));
        assertNull(avg.close());
        assertEquals(State.CLOSED, avg.state());
    }

    static StackfulBody<Double, Double> stackfulAverager() {
        return y -> {
            double total = 0;
            int count = 0;
            Double average = null;
            while (true) {
                double term = y.yield(average);
                total += term;
                count += 1;
                average = total / count;
            }
        };
    }

    static final class Averager implements StateMachine<Double, Double> {
        private double total;
        private int count;

        @Override
        public Step<Double, Double> resume(Double term) {
            if (term == null) {
                return Step.yield(null); // priming
            }
            total += term;
            count += 1;
            return Step.yield(total / count);
        }
    }
}

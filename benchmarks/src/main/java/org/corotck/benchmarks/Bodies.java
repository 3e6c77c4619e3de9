package org.corotck.benchmarks;

import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/** The bodies every benchmark runs, in both forms, and the hand-written baseline. */
public final class Bodies {
    private Bodies() {}

    /** The notebook's averager as a state machine: {@code term = yield average}. */
    public static final class AveragerMachine implements StateMachine<Double, Double> {
        double total;
        long count;
        Double average;
        boolean started;

        @Override
        public Step<Double, Double> resume(Double sent) {
            if (started) {
                total += sent;
                count += 1;
                average = total / count;
            }
            started = true;
            return Step.yield(average);
        }
    }

    /** The averager as a stackful body. */
    public static Object averager(org.corotck.spec.Yielder<Double, Double> y) {
        double total = 0;
        long count = 0;
        Double average = null;
        while (true) {
            double term = y.yield(average);
            total += term;
            count += 1;
            average = total / count;
        }
    }

    /** A body that catches whatever is thrown into it and yields the count of catches. */
    public static final class CatcherMachine implements StateMachine<Object, Object> {
        long caught;

        @Override
        public Step<Object, Object> resume(Object sent) {
            return Step.yield(caught);
        }

        @Override
        public Step<Object, Object> resumeThrowing(Throwable thrown) {
            caught++;
            return Step.yield(caught);
        }
    }

    public static Object catcher(org.corotck.spec.Yielder<Object, Object> y) {
        long caught = 0;
        while (true) {
            try {
                y.yield(caught);
            } catch (RuntimeException e) {
                caught++;
            }
        }
    }

    /** A delegator: {@code return (yield from sub)}. */
    public static final class DelegatorMachine implements StateMachine<Double, Double> {
        private final Coroutine<Double, Double> sub;

        public DelegatorMachine(Coroutine<Double, Double> sub) {
            this.sub = sub;
        }

        @Override
        public Step<Double, Double> resume(Double sent) {
            return Step.delegate(sub);
        }

        @Override
        public Step<Double, Double> resumeReturned(Object value) {
            return Step.done(value);
        }
    }

    /** An averager behind {@code depth} delegators, primed; every coroutine of the chain on {@code backend}. */
    public static Coroutine<Double, Double> chain(Backend backend, BodyForm form, int depth) {
        Coroutine<Double, Double> c = form.create(backend, new AveragerMachine(), Bodies::averager);
        for (int i = 0; i < depth; i++) {
            Coroutine<Double, Double> sub = c;
            c = form.create(backend, new DelegatorMachine(sub), y -> y.yieldFrom(sub));
        }
        return Coroutines.prime(c);
    }

    public static Coroutine<Double, Double> averager(Backend backend, BodyForm form) {
        return form.create(backend, new AveragerMachine(), Bodies::averager);
    }

    /** The floor: the averager written by hand, called as a plain method. */
    public static final class HandWrittenAverager {
        double total;
        long count;

        public double send(double term) {
            total += term;
            count += 1;
            return total / count;
        }

        /** The same call as a send must make it: a boxed {@code Double} in and a fresh one out. */
        public Double sendBoxed(Double term) {
            total += term;
            count += 1;
            return total / count;
        }
    }

    /** Closes quietly: a benchmark's teardown must end every backend thread. */
    public static void closeAll(Iterable<? extends Coroutine<?, ?>> coroutines) {
        for (Coroutine<?, ?> c : coroutines) {
            if (c != null) {
                try {
                    c.close();
                } catch (RuntimeException | Error e) {
                    // already reported by the backend's own tests; the teardown goes on
                }
            }
        }
    }
}

package org.corotck.tck;

import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/** The bodies of the finalization rules (SPEC.md, section 10), each in both forms. */
final class FinalizationFixtures {
    private FinalizationFixtures() {}

    /**
     * A body that records the thread it runs on, yields once, and counts its finally block. Threads are
     * recorded only when they are not the caller's, so that thread-less backends have nothing to check.
     */
    static Fixture<Object, Object> countingFinally(AtomicInteger finallies, Queue<Thread> bodyThreads, Thread caller) {
        return Fixture.of(
                () -> y -> {
                    if (Thread.currentThread() != caller) {
                        bodyThreads.add(Thread.currentThread());
                    }
                    try {
                        y.yield("suspended");
                        return null;
                    } finally {
                        finallies.incrementAndGet();
                    }
                },
                () -> new StateMachine<>() {
                    private boolean started;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (!started) {
                            started = true;
                            if (Thread.currentThread() != caller) {
                                bodyThreads.add(Thread.currentThread());
                            }
                            return Step.yield("suspended");
                        }
                        finallies.incrementAndGet();
                        return Step.done(null);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        finallies.incrementAndGet();
                        return Step.raise(thrown);
                    }
                });
    }

    /** Yields once; when that yield raises (the close request), a finally block raises {@code failure}. */
    static Fixture<Object, Object> raisingWhenClosed(Throwable failure) {
        return Fixture.of(
                () -> y -> {
                    boolean finished = false;
                    try {
                        y.yield("suspended");
                        finished = true;
                    } finally {
                        if (!finished) {
                            throw Expect.sneaky(failure);
                        }
                    }
                    return null;
                },
                () -> new SuspendedOnce() {
                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        return Step.raise(failure);
                    }
                });
    }
}

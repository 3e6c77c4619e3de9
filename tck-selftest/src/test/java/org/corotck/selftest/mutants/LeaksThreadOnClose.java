package org.corotck.selftest.mutants;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

/**
 * Starts a watchdog thread for each coroutine when its body starts and stops it when the body returns or
 * raises, but forgets to on close(). {@link #cleanUp()} stops the leaked ones after the run, and each
 * gives up by itself after {@link #LINGER_SECONDS} in any case.
 */
@Breaks(value = "10.4", how = "a thread the backend starts for each coroutine outlives it when close() ends it",
        caughtByWaiting = true)
public final class LeaksThreadOnClose extends CoroutineMutation {
    private static final long LINGER_SECONDS = 120;
    private static final AtomicInteger WATCHDOGS = new AtomicInteger();
    private final Queue<CountDownLatch> watchdogs = new ConcurrentLinkedQueue<>();

    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private final CountDownLatch ended = new CountDownLatch(1);

            @Override
            public O send(I value) {
                if (correct.state() == State.CREATED) {
                    startWatchdog(ended);
                }
                try {
                    return correct.send(value);
                } finally {
                    stopIfClosed();
                }
            }

            @Override
            public O throwInto(Throwable error) {
                try {
                    return correct.throwInto(error);
                } finally {
                    stopIfClosed();
                }
            }

            // close() is not overridden: that is the fault.

            private void stopIfClosed() {
                if (correct.state() == State.CLOSED) {
                    ended.countDown();
                }
            }
        };
    }

    @Override
    public void cleanUp() {
        for (CountDownLatch ended; (ended = watchdogs.poll()) != null; ) {
            ended.countDown();
        }
    }

    private void startWatchdog(CountDownLatch ended) {
        watchdogs.add(ended);
        Thread.ofPlatform().daemon().name("corotck-mutant-watchdog-" + WATCHDOGS.incrementAndGet()).start(() -> {
            try {
                ended.await(LINGER_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}

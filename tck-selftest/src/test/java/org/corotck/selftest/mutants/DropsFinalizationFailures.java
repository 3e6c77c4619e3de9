package org.corotck.selftest.mutants;

import java.util.concurrent.atomic.AtomicInteger;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * Finalization that keeps quiet: a close request that reaches the machine while no call is in progress on
 * its coroutine comes from finalization, and whatever the body raises then is replaced by that request, a
 * clean close. Use on a backend without STACKFUL.
 */
@Breaks(value = {"10.5", "10.6"}, how = "what a body raises while it is finalized is dropped: nothing reaches the unraisable handler",
        caughtByWaiting = true)
public final class DropsFinalizationFailures implements Mutation {
    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        AtomicInteger calls = new AtomicInteger();
        Coroutine<I, O> coroutine = base.stateMachine(new ForwardingMachine<>(machine) {
            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                if (!(thrown instanceof CoroutineExit) || calls.get() > 0) {
                    return correct.resumeThrowing(thrown);
                }
                try {
                    Step<I, O> step = correct.resumeThrowing(thrown);
                    return step instanceof Step.Raise<I, O> ? Step.raise(thrown) : step;
                } catch (Exception | Error failed) {
                    return Step.raise(thrown);
                }
            }
        });
        return new ForwardingCoroutine<>(coroutine) {
            @Override
            public O send(I value) {
                calls.incrementAndGet();
                try {
                    return correct.send(value);
                } finally {
                    calls.decrementAndGet();
                }
            }

            @Override
            public O throwInto(Throwable error) {
                calls.incrementAndGet();
                try {
                    return correct.throwInto(error);
                } finally {
                    calls.decrementAndGet();
                }
            }

            @Override
            public Object close() {
                calls.incrementAndGet();
                try {
                    return correct.close();
                } finally {
                    calls.decrementAndGet();
                }
            }
        };
    }
}

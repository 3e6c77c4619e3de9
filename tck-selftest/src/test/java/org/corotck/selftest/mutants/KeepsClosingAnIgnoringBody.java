package org.corotck.selftest.mutants;

import java.util.concurrent.TimeUnit;
import org.corotck.backendsupport.StackfulEngine;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingYielder;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineDroppedError;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;

/**
 * The finalization SPEC described before it was checked against CPython: a body that ignores its close
 * request gets a fresh one at every further yield. The body's yielder turns the backend's drop into a close
 * request and then raises one at every yield, so a body that catches it in a loop spins, for a while (past
 * the TCK's bound for the process to go quiet) or until the run ends. Use on a backend whose bodies run on
 * threads of their own, where the spinning holds no one else's thread.
 */
@Breaks(value = "10.3", how = "an abandoned body that yields instead of finishing gets a fresh CoroutineExit at every further yield: a body catching it in a loop keeps a processor busy")
public final class KeepsClosingAnIgnoringBody implements Mutation {
    private static final long SPIN_NANOS = TimeUnit.SECONDS.toNanos(15);
    private volatile boolean stopped;

    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        return base.stackful(y -> body.run(new ForwardingYielder<I, O>(y) {
            private boolean closing;
            private long since;

            @Override
            public I yield(O value) {
                if (closing && !stopped && System.nanoTime() - since < SPIN_NANOS) {
                    throw new CoroutineExit();
                }
                try {
                    return correct.yield(value);
                } catch (CoroutineDroppedError dropped) {
                    if (stopped || closing) {
                        throw dropped;
                    }
                    closing = true;
                    since = System.nanoTime();
                    throw new CoroutineExit();
                }
            }
        }));
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        return stackful(base, StackfulEngine.asStackful(machine));
    }

    /** Lets every spinning body be dropped at its next yield. */
    @Override
    public void cleanUp() {
        stopped = true;
    }
}

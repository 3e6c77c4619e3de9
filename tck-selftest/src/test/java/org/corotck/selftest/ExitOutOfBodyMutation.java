package org.corotck.selftest;

import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * A mutation that sees every CoroutineExit coming out of a body, stackful or a state machine's step, and may
 * replace it or note it in a state of its own per coroutine ({@code S}), which the coroutine's wrapper reads.
 */
public abstract class ExitOutOfBodyMutation<S> implements Mutation {

    /** A fresh state for one coroutine. */
    protected abstract S newState();

    /** What comes out of the body instead of {@code exit}. */
    protected abstract CoroutineExit exitOut(S state, CoroutineExit exit);

    /** The coroutine the caller gets; by default the backend's own. */
    protected <I, O> Coroutine<I, O> wrap(S state, Coroutine<I, O> coroutine) {
        return coroutine;
    }

    @Override
    public final <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        S state = newState();
        return wrap(state, base.stackful(y -> {
            try {
                return body.run(y);
            } catch (CoroutineExit exit) {
                throw exitOut(state, exit);
            }
        }));
    }

    @Override
    public final <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        S state = newState();
        return wrap(state, base.stateMachine(new ForwardingMachine<>(machine) {
            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                Step<I, O> step = correct.resumeThrowing(thrown);
                if (step instanceof Step.Raise<I, O> r && r.error() instanceof CoroutineExit exit) {
                    return Step.raise(exitOut(state, exit));
                }
                return step;
            }
        }));
    }
}

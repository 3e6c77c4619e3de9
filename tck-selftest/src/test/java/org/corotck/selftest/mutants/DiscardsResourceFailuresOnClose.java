package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * Answers a close request that comes out of the body carrying suppressed failures with a clean one, as before
 * rule 7.10: a state machine's step that raises it, or a stackful body that ends with it.
 */
@Breaks(value = "7.10", how = "a resource's failure suppressed under the close request is lost: close() returns null, as with a CoroutineExit that records no suppressed exceptions")
public final class DiscardsResourceFailuresOnClose implements Mutation {
    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        return base.stackful(y -> {
            try {
                return body.run(y);
            } catch (CoroutineExit exit) {
                throw clean(exit);
            }
        });
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        return base.stateMachine(new ForwardingMachine<>(machine) {
            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                Step<I, O> step = correct.resumeThrowing(thrown);
                if (step instanceof Step.Raise<I, O> r && r.error() instanceof CoroutineExit exit) {
                    return Step.raise(clean(exit));
                }
                return step;
            }
        });
    }

    private static CoroutineExit clean(CoroutineExit exit) {
        return exit.getSuppressed().length > 0 ? new CoroutineExit() : exit;
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.ForwardingYielder;
import org.corotck.selftest.Mutation;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * Checks a delegation's target before delegating and fails the whole step when it is running: a state
 * machine's step throws, and a stackful body's yieldFrom throws past the body's handlers (an Error only this
 * mutant knows), which the body's outcome then turns into the AlreadyExecutingException.
 */
@Breaks(value = "9.11", how = "delegating to a RUNNING coroutine ends the delegator's step with AlreadyExecutingException instead of raising it in the delegator, where it could catch it")
public final class PropagatesDelegationToRunningCoroutine implements Mutation {
    /** Thrown from yieldFrom past the body's catch blocks for AlreadyExecutingException. */
    private static final class PastTheDelegator extends Error {
        PastTheDelegator() {
            super("delegation to a RUNNING coroutine", null, false, false);
        }
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        return base.stackful(y -> {
            try {
                return body.run(new ForwardingYielder<I, O>(y) {
                    @Override
                    public Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
                        if (sub.state() == State.RUNNING) {
                            throw new PastTheDelegator();
                        }
                        return correct.yieldFrom(sub);
                    }
                });
            } catch (PastTheDelegator e) {
                throw new AlreadyExecutingException();
            }
        });
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        return base.stateMachine(new ForwardingMachine<>(machine) {
            @Override
            public Step<I, O> resume(I sent) throws Exception {
                return checked(correct.resume(sent));
            }

            @Override
            public Step<I, O> resumeReturned(Object value) throws Exception {
                return checked(correct.resumeReturned(value));
            }

            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                return checked(correct.resumeThrowing(thrown));
            }
        });
    }

    private static <I, O> Step<I, O> checked(Step<I, O> step) {
        if (step instanceof Step.Delegate<I, O> d && d.to().state() == State.RUNNING) {
            throw new AlreadyExecutingException();
        }
        return step;
    }
}

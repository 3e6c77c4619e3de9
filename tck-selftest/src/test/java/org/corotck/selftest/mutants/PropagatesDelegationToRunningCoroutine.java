package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.MachineMutation;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/** Checks a delegation's target before delegating and fails the whole step when it is running. */
@Breaks(value = "9.11", how = "delegating to a RUNNING coroutine ends the delegator's step with AlreadyExecutingException instead of raising it in the delegator, where it could catch it")
public final class PropagatesDelegationToRunningCoroutine extends MachineMutation {
    @Override
    protected <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct) {
        return new ForwardingMachine<>(correct) {
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
        };
    }

    private static <I, O> Step<I, O> checked(Step<I, O> step) {
        if (step instanceof Step.Delegate<I, O> d && d.to().state() == State.RUNNING) {
            throw new AlreadyExecutingException();
        }
        return step;
    }
}

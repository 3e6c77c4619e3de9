package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.MachineMutation;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/** A machine runner that reads a null answer as a yield of null, as a runner testing only for the other three answers might. */
@Breaks(value = "12.7", how = "a state machine answering null instead of a Step yields null and stays SUSPENDED, instead of ending with a NullPointerException that names it")
public final class TakesANullAnswerForAYield extends MachineMutation {
    @Override
    protected <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct) {
        return new ForwardingMachine<>(correct) {
            @Override
            public Step<I, O> resume(I sent) throws Exception {
                return orYield(correct.resume(sent));
            }

            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                return orYield(correct.resumeThrowing(thrown));
            }

            @Override
            public Step<I, O> resumeReturned(Object value) throws Exception {
                return orYield(correct.resumeReturned(value));
            }
        };
    }

    private static <I, O> Step<I, O> orYield(Step<I, O> answer) {
        return answer != null ? answer : Step.yield(null);
    }
}

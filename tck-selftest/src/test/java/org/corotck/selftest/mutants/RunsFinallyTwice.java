package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.MachineMutation;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

@Breaks(value = "7.1", how = "a close request runs the body's exit handlers (its finally blocks) twice")
public final class RunsFinallyTwice extends MachineMutation {
    @Override
    protected <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct) {
        return new ForwardingMachine<>(correct) {
            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                if (thrown instanceof CoroutineExit) {
                    try {
                        correct.resumeThrowing(thrown);
                    } catch (Exception | CoroutineExit ignored) {
                        // the first run's outcome is dropped; the second one counts
                    }
                }
                return correct.resumeThrowing(thrown);
            }
        };
    }
}

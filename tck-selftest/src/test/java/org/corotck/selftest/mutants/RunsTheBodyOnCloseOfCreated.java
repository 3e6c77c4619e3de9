package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "7.9", how = "close() of a CREATED coroutine starts the body and then closes it, so its finally blocks run")
public final class RunsTheBodyOnCloseOfCreated extends OperationMutation {
    @Override
    protected Object close(Coroutine<?, ?> correct) {
        if (correct.state() == State.CREATED) {
            try {
                correct.next();
            } catch (RuntimeException ended) {
                return null;
            }
        }
        return correct.close();
    }
}

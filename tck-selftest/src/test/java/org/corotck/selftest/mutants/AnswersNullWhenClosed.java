package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "12.2", how = "next()/send() on a CLOSED coroutine returns null instead of exhaustion")
public final class AnswersNullWhenClosed extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        return correct.state() == State.CLOSED ? null : correct.send(value);
    }
}

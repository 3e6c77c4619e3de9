package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;

@Breaks(value = "2.4", how = "a body that returns before its first yield ends the first next() with null, not its value")
public final class ForgetsAnEarlyReturnValue extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        boolean first = correct.state() == State.CREATED;
        try {
            return correct.send(value);
        } catch (CoroutineExhaustedException e) {
            throw first ? new CoroutineExhaustedException(null) : e;
        }
    }
}

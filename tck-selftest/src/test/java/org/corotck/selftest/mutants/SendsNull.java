package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "3.2", how = "send(v) on a suspended coroutine makes the pending yield evaluate to null, not v")
public final class SendsNull extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        return correct.send(correct.state() == State.SUSPENDED ? null : value);
    }
}

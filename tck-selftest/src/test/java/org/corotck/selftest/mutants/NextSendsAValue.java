package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "3.1", how = "next() on a suspended coroutine makes the pending yield evaluate to \"\", not null")
public final class NextSendsAValue extends OperationMutation {
    @Override
    @SuppressWarnings("unchecked")
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        return correct.send(value == null && correct.state() == State.SUSPENDED ? (I) "" : value);
    }
}

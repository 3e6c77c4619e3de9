package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "12.3", how = "send(v) with v not null on a CREATED coroutine starts the body instead of NotStartedException")
public final class AcceptsValueOnCreated extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        return correct.send(correct.state() == State.CREATED ? null : value);
    }
}

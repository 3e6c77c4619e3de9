package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "12.4", how = "throwInto(e) on a CLOSED coroutine returns null instead of throwing e")
public final class SwallowsThrowIntoClosed extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        return error != null && correct.state() == State.CLOSED ? null : correct.throwInto(error);
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "1.4", how = "state() says SUSPENDED after the body returned or raised")
public final class ForgetsItClosed extends OperationMutation {
    @Override
    protected State state(Coroutine<?, ?> correct) {
        State s = correct.state();
        return s == State.CLOSED ? State.SUSPENDED : s;
    }
}

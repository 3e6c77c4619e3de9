package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "1.2", how = "state() says RUNNING while the body is suspended at a yield")
public final class ReportsRunningWhileSuspended extends OperationMutation {
    @Override
    protected State state(Coroutine<?, ?> correct) {
        State s = correct.state();
        return s == State.SUSPENDED ? State.RUNNING : s;
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "1.3", how = "state() says SUSPENDED while the body runs")
public final class ReportsSuspendedWhileRunning extends OperationMutation {
    @Override
    protected State state(Coroutine<?, ?> correct) {
        State s = correct.state();
        return s == State.RUNNING ? State.SUSPENDED : s;
    }
}

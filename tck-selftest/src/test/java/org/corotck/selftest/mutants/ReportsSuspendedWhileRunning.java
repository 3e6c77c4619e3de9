package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "1.3", how = "state() says SUSPENDED while the body runs")
public final class ReportsSuspendedWhileRunning extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public State state() {
                State s = correct.state();
                return s == State.RUNNING ? State.SUSPENDED : s;
            }
        };
    }
}

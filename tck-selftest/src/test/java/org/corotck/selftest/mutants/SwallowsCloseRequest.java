package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "7.2", how = "close() on a suspended coroutine returns null without raising CoroutineExit in the body")
public final class SwallowsCloseRequest extends OperationMutation {
    @Override
    protected Object close(Coroutine<?, ?> correct) {
        return correct.state() == State.SUSPENDED ? null : correct.close();
    }
}

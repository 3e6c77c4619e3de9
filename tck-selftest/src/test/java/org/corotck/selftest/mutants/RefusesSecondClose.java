package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "12.5", how = "close() on a CLOSED coroutine throws IllegalStateException instead of returning null")
public final class RefusesSecondClose extends OperationMutation {
    @Override
    protected Object close(Coroutine<?, ?> correct) {
        if (correct.state() == State.CLOSED) {
            throw new IllegalStateException("already closed");
        }
        return correct.close();
    }
}

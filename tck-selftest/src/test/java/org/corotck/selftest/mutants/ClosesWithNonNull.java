package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "7.1", how = "close() returns \"closed\" instead of null when the body does not catch the close request")
public final class ClosesWithNonNull extends OperationMutation {
    @Override
    protected Object close(Coroutine<?, ?> correct) {
        boolean suspended = correct.state() == State.SUSPENDED;
        Object value = correct.close();
        return suspended && value == null ? "closed" : value;
    }
}

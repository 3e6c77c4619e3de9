package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.CoroutineExhaustedException;

@Breaks(value = "4.2", how = "an exception object the body returns is raised at the caller instead of carried as the value")
public final class RaisesReturnedExceptions extends OperationMutation {
    @Override
    protected Throwable sendFailure(Throwable thrown) {
        return thrown instanceof CoroutineExhaustedException e && e.value() instanceof Throwable t ? t : thrown;
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.CoroutineExhaustedException;

@Breaks(value = "4.1", how = "the exhaustion that ends send/next carries null instead of the body's return value")
public final class ForgetsReturnValue extends OperationMutation {
    @Override
    protected Throwable sendFailure(Throwable thrown) {
        return thrown instanceof CoroutineExhaustedException ? new CoroutineExhaustedException(null) : thrown;
    }
}

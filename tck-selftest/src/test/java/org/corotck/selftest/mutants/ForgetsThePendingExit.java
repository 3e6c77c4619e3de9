package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;

@Breaks(value = "7.7", how = "the close request left pending by an ignored close ends the next next()/send() as exhaustion instead of reaching its caller")
public final class ForgetsThePendingExit extends OperationMutation {
    @Override
    protected Throwable sendFailure(Throwable thrown) {
        return thrown instanceof CoroutineExit ? new CoroutineExhaustedException(null) : thrown;
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.CoroutineExit;

/**
 * Takes a CoroutineExit that a body raised of its own accord, carrying a resource's failure, for a close request
 * and gives the caller the failure, as only close() and a thrown-in exit may (rules 6.7, 7.10).
 */
@Breaks(value = {"5.1", "9.7"}, how = "a CoroutineExit the body raises itself on a send, carrying a resource's failure as suppressed, reaches the caller as that failure")
public final class UnwrapsAnExitTheBodyRaises extends OperationMutation {
    @Override
    protected Throwable sendFailure(Throwable thrown) {
        if (thrown instanceof CoroutineExit && thrown.getSuppressed().length > 0) {
            return thrown.getSuppressed()[0];
        }
        return thrown;
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.NotStartedException;

@Breaks(value = "5.1", how = "an exception the body raises during send/next reaches the caller wrapped in a RuntimeException")
public final class WrapsBodyException extends OperationMutation {
    @Override
    protected Throwable sendFailure(Throwable thrown) {
        boolean lifecycle = thrown instanceof Error || thrown instanceof CoroutineExhaustedException
                || thrown instanceof AlreadyExecutingException || thrown instanceof NotStartedException
                || thrown instanceof IgnoredExitException || thrown instanceof ExhaustionLeakedException;
        return lifecycle ? thrown : new RuntimeException("the body failed", thrown);
    }
}

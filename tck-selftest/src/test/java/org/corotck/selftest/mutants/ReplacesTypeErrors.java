package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;

@Breaks(value = "5.2", how = "a ClassCastException of the body reaches the caller as a new one without a stack trace, not the body's own")
public final class ReplacesTypeErrors extends OperationMutation {
    @Override
    protected Throwable sendFailure(Throwable thrown) {
        if (!(thrown instanceof ClassCastException)) {
            return thrown;
        }
        ClassCastException own = new ClassCastException(thrown.getMessage());
        own.setStackTrace(new StackTraceElement[0]);
        return own;
    }
}

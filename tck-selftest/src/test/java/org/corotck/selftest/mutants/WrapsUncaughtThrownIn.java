package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;

@Breaks(value = "6.3", how = "an unchecked exception thrown in and not caught reaches the caller wrapped in a RuntimeException")
public final class WrapsUncaughtThrownIn extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        try {
            return correct.throwInto(error);
        } catch (RuntimeException e) {
            boolean plain = e == error && !(e instanceof CoroutineExhaustedException) && correct.state() == State.CLOSED;
            throw plain ? new RuntimeException("the body did not handle it", e) : e;
        }
    }
}

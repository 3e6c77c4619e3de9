package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;

@Breaks(value = "8.3", how = "an AlreadyExecutingException that ends the body reaches the caller as exhaustion")
public final class SwallowsAnUncaughtAlreadyExecuting extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        try {
            return correct.send(value);
        } catch (AlreadyExecutingException e) {
            throw correct.state() == State.CLOSED ? new CoroutineExhaustedException(null) : e;
        }
    }
}

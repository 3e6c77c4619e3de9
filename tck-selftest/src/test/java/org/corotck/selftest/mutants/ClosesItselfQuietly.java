package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "8.2", how = "throwInto/close while the body runs return null instead of AlreadyExecutingException")
public final class ClosesItselfQuietly extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        return correct.state() == State.RUNNING ? null : correct.throwInto(error);
    }

    @Override
    protected Object close(Coroutine<?, ?> correct) {
        return correct.state() == State.RUNNING ? null : correct.close();
    }
}

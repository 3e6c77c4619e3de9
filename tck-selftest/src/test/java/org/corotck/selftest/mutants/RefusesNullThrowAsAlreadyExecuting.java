package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "12.1", how = "throwInto(null) while the body runs is refused as AlreadyExecutingException: the state is checked before the argument")
public final class RefusesNullThrowAsAlreadyExecuting extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        if (error == null && correct.state() == State.RUNNING) {
            throw new AlreadyExecutingException();
        }
        return correct.throwInto(error);
    }
}

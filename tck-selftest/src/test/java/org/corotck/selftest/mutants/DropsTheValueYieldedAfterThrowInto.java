package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;

@Breaks(value = "6.4", how = "throwInto returns null when the body catches the exception and yields y")
public final class DropsTheValueYieldedAfterThrowInto extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        correct.throwInto(error);
        return null;
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;

@Breaks(value = "6.7", how = "throwInto(new CoroutineExit()) that the body does not catch returns null instead of raising it")
public final class SwallowsThrownExit extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        try {
            return correct.throwInto(error);
        } catch (CoroutineExit e) {
            if (e == error) {
                return null;
            }
            throw e;
        }
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;

@Breaks(value = "6.5", how = "when the body catches a thrown-in exception and returns r, the exhaustion carries null")
public final class ForgetsTheReturnAfterThrowInto extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        try {
            return correct.throwInto(error);
        } catch (CoroutineExhaustedException e) {
            throw e == error ? e : new CoroutineExhaustedException(null);
        }
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.ExhaustionLeakedException;

@Breaks(value = "6.8", how = "a CoroutineExhaustedException thrown into a suspended body and not caught reaches the caller as itself")
public final class SkipsPep479OnThrowInto extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        try {
            return correct.throwInto(error);
        } catch (ExhaustionLeakedException e) {
            throw e.getCause() == error ? (CoroutineExhaustedException) error : e;
        }
    }
}

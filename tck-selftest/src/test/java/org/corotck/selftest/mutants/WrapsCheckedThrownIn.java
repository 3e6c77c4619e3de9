package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.selftest.Rethrow;
import org.corotck.spec.Coroutine;

@Breaks(value = "6.9", how = "a checked exception thrown in and not caught reaches the caller wrapped in a RuntimeException")
public final class WrapsCheckedThrownIn extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        try {
            return correct.throwInto(error);
        } catch (Throwable e) {
            boolean checked = e == error && !(e instanceof RuntimeException) && !(e instanceof Error);
            throw checked ? new RuntimeException(e) : Rethrow.sneaky(e);
        }
    }
}

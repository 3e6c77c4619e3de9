package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;

@Breaks(value = "12.1", how = "throwInto(null) raises a NullPointerException inside the body instead of refusing the call")
public final class DeliversNullThrow extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        return correct.throwInto(error != null ? error : new NullPointerException("thrown in for null"));
    }
}

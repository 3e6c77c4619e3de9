package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

@Breaks(value = "12.1", how = "throwInto(null) raises a NullPointerException inside the body instead of refusing the call")
public final class DeliversNullThrow extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O throwInto(Throwable error) {
                return correct.throwInto(error != null ? error : new NullPointerException("thrown in for null"));
            }
        };
    }
}

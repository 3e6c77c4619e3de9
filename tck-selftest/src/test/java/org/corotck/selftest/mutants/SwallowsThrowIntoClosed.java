package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "12.4", how = "throwInto(e) on a CLOSED coroutine returns null instead of throwing e")
public final class SwallowsThrowIntoClosed extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O throwInto(Throwable error) {
                return error != null && correct.state() == State.CLOSED ? null : correct.throwInto(error);
            }
        };
    }
}

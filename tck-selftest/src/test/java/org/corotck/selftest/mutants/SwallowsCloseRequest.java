package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "7.2", how = "close() on a suspended coroutine returns null without raising CoroutineExit in the body")
public final class SwallowsCloseRequest extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public Object close() {
                return correct.state() == State.SUSPENDED ? null : correct.close();
            }
        };
    }
}

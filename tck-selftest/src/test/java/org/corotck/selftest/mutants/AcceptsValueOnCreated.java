package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "12.3", how = "send(v) with v not null on a CREATED coroutine starts the body instead of NotStartedException")
public final class AcceptsValueOnCreated extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O send(I value) {
                return correct.send(correct.state() == State.CREATED ? null : value);
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;

@Breaks(value = "4.3", how = "every send/next after the body returned r is exhaustion with r again, not null")
public final class RepeatsReturnValue extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private Object returned;

            @Override
            public O send(I value) {
                if (returned != null && correct.state() == State.CLOSED) {
                    throw new CoroutineExhaustedException(returned);
                }
                try {
                    return correct.send(value);
                } catch (CoroutineExhaustedException e) {
                    returned = e.value();
                    throw e;
                }
            }
        };
    }
}

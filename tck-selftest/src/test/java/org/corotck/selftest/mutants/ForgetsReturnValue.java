package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;

@Breaks(value = "4.1", how = "the exhaustion that ends send/next carries null instead of the body's return value")
public final class ForgetsReturnValue extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O send(I value) {
                try {
                    return correct.send(value);
                } catch (CoroutineExhaustedException e) {
                    throw new CoroutineExhaustedException(null);
                }
            }
        };
    }
}

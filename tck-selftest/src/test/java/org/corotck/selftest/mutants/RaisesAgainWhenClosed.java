package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;

@Breaks(value = "5.3", how = "after the body raised X, every next/send raises X again instead of exhaustion")
public final class RaisesAgainWhenClosed extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private RuntimeException raised;

            @Override
            public O send(I value) {
                if (raised != null) {
                    throw raised;
                }
                try {
                    return correct.send(value);
                } catch (RuntimeException e) {
                    if (!(e instanceof CoroutineExhaustedException) && correct.state() == State.CLOSED) {
                        raised = e;
                    }
                    throw e;
                }
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "13.3", how = "after an Error on the first step the coroutine says CREATED, as if it could be started again")
public final class ReportsCreatedAfterFailedStart extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private volatile boolean failedToStart;

            @Override
            public O send(I value) {
                boolean first = correct.state() == State.CREATED;
                try {
                    return correct.send(value);
                } catch (Error e) {
                    failedToStart |= first;
                    throw e;
                }
            }

            @Override
            public State state() {
                return failedToStart ? State.CREATED : correct.state();
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.Rethrow;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

/** A lazy start gone wrong: asking a CREATED coroutine its state runs it to its first yield. */
@Breaks(value = "1.5", how = "state() of a CREATED coroutine runs the body to its first yield")
public final class StateStartsTheBody extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private boolean ranAhead;
            private O first;
            private Throwable failed;

            @Override
            public State state() {
                if (correct.state() == State.CREATED && !ranAhead) {
                    ranAhead = true;
                    try {
                        first = correct.next();
                    } catch (Throwable t) {
                        failed = t;
                    }
                    return State.CREATED;
                }
                return ranAhead ? State.CREATED : correct.state();
            }

            @Override
            public O send(I value) {
                if (!ranAhead) {
                    return correct.send(value);
                }
                ranAhead = false;
                if (failed != null) {
                    throw Rethrow.sneaky(failed);
                }
                return first;
            }
        };
    }
}

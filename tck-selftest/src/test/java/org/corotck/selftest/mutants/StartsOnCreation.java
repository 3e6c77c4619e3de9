package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.Rethrow;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

/** Runs the body to its first yield as soon as the coroutine is made, and hands that value to the first next(). */
@Breaks(value = "1.1", how = "the body starts when the coroutine is made, not at the first next()")
public final class StartsOnCreation extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private boolean early = true;
            private O first;
            private Throwable failed;

            {
                try {
                    first = correct.next();
                } catch (Throwable t) {
                    failed = t;
                }
            }

            @Override
            public O send(I value) {
                if (!early) {
                    return correct.send(value);
                }
                early = false;
                if (failed != null) {
                    throw Rethrow.sneaky(failed);
                }
                return first;
            }

            @Override
            public State state() {
                return early ? State.CREATED : correct.state();
            }
        };
    }
}

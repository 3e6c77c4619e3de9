package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

/** The first next() only takes note; the body starts at the call after it, so priming leaves it CREATED. */
@Breaks(value = {"2.1", "2.2", "2.3"}, how = "the first next() returns null without running the body")
public final class StartsLate extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private boolean asked;

            @Override
            public O send(I value) {
                if (!asked && value == null && correct.state() == State.CREATED) {
                    asked = true;
                    return null;
                }
                return correct.send(value);
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

@Breaks(value = "9.10", how = "delegation to a CLOSED sub-coroutine yields null once before it ends, instead of ending at once")
public final class ReplaysClosedSubs extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        if (sub.state() != State.CLOSED) {
            return sub;
        }
        return new ForwardingCoroutine<>(sub) {
            private boolean replayed;

            @Override
            public Object send(Object value) {
                if (!replayed) {
                    replayed = true;
                    return null;
                }
                return correct.send(value);
            }
        };
    }
}

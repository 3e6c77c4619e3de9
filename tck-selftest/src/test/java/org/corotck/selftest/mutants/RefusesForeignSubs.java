package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

@Breaks(value = "9.9", how = "delegation to a coroutine this backend did not make raises IllegalArgumentException in the delegator")
public final class RefusesForeignSubs extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        if (madeHere(sub)) {
            return sub;
        }
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object send(Object value) {
                throw new IllegalArgumentException("can only delegate to coroutines of the same backend");
            }
        };
    }
}

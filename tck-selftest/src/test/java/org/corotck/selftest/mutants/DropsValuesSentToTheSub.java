package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

@Breaks(value = "9.1", how = "during a delegation, send(v) reaches the sub-coroutine as null")
public final class DropsValuesSentToTheSub extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object send(Object value) {
                return correct.send(null);
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

/** A lenient delegation, in both body forms: a sub-coroutine that cannot take a value is sent null instead. */
@Breaks(value = "9.12", how = "a send(v) that the sub-coroutine refuses with UnsupportedOperationException (an iterator) is turned into next() instead of raising in the delegator")
public final class SendsNextToIteratorRefusingValue extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object send(Object value) {
                try {
                    return correct.send(value);
                } catch (UnsupportedOperationException refused) {
                    return correct.send(null);
                }
            }
        };
    }
}

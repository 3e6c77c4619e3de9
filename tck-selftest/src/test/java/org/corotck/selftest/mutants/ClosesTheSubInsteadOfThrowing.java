package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.Rethrow;
import org.corotck.spec.Coroutine;

@Breaks(value = "9.2", how = "during a delegation, throwInto(e) closes the sub-coroutine and raises e in the delegator instead of forwarding e")
public final class ClosesTheSubInsteadOfThrowing extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object throwInto(Throwable error) {
                correct.close();
                throw Rethrow.sneaky(error);
            }
        };
    }
}

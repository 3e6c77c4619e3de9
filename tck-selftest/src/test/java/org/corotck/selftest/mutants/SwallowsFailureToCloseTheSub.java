package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

/**
 * Closes a delegation's sub-coroutine as if nothing could go wrong, in both body forms: what its close()
 * throws is dropped, so the delegator gets the close request (or the thrown exit) instead of the failure.
 */
@Breaks(value = {"9.4", "9.5", "9.6"}, how = "when closing the sub-coroutine fails (it ignores the request or raises), the delegator gets the close request instead of the failure")
public final class SwallowsFailureToCloseTheSub extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object close() {
                try {
                    return correct.close();
                } catch (RuntimeException | Error failed) {
                    return null;
                }
            }
        };
    }
}

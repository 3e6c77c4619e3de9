package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;

@Breaks(value = "9.5", how = "a close request to a delegator (close or a thrown CoroutineExit) is not passed on: the sub-coroutine stays suspended")
public final class LeavesTheSubOpen extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object close() {
                return null;
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;

@Breaks(value = "9.3", how = "the value a sub-coroutine returns reaches its delegator as null")
public final class ForgetsTheSubsReturnValue extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object send(Object value) {
                try {
                    return correct.send(value);
                } catch (CoroutineExhaustedException e) {
                    throw new CoroutineExhaustedException(null);
                }
            }

            @Override
            public Object throwInto(Throwable error) {
                try {
                    return correct.throwInto(error);
                } catch (CoroutineExhaustedException e) {
                    throw e == error ? e : new CoroutineExhaustedException(null);
                }
            }
        };
    }
}

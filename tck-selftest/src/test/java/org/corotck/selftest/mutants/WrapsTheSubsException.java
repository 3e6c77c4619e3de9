package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;

@Breaks(value = "9.7", how = "an exception the sub-coroutine raises reaches the delegator wrapped in a RuntimeException")
public final class WrapsTheSubsException extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object send(Object value) {
                try {
                    return correct.send(value);
                } catch (CoroutineExhaustedException | AlreadyExecutingException lifecycle) {
                    throw lifecycle;
                } catch (RuntimeException raised) {
                    throw new RuntimeException("the sub-coroutine failed", raised);
                }
            }
        };
    }
}

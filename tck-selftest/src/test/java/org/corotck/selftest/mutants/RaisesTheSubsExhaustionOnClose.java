package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.ExhaustionLeakedException;

/**
 * Raises an exhaustion out of a sub's close() in the delegator as a failure, as PEP 479 makes of one raised
 * there, instead of taking it as the sub's return.
 */
@Breaks(value = {"9.4", "9.5"}, how = "a CoroutineExhaustedException(v) out of a sub's close() reaches the delegator as an ExhaustionLeakedException, not as the delegation's value v")
public final class RaisesTheSubsExhaustionOnClose extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object close() {
                try {
                    return correct.close();
                } catch (CoroutineExhaustedException ended) {
                    throw new ExhaustionLeakedException(ended);
                }
            }
        };
    }
}

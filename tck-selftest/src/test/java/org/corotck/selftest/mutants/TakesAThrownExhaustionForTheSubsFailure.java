package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.ExhaustionLeakedException;

/**
 * Raises in the delegator a thrown CoroutineExhaustedException that the sub raised back as it came (an iterator,
 * a closed sub), as a leak (PEP 479), instead of ending the delegation with its value as PEP 380 does.
 */
@Breaks(value = {"9.2", "9.12"}, how = "a CoroutineExhaustedException thrown in and raised back by the sub reaches the delegator as a leak, not as the delegation's end")
public final class TakesAThrownExhaustionForTheSubsFailure extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object throwInto(Throwable error) {
                try {
                    return correct.throwInto(error);
                } catch (CoroutineExhaustedException raisedBack) {
                    throw raisedBack == error ? new ExhaustionLeakedException(raisedBack) : raisedBack;
                }
            }
        };
    }
}

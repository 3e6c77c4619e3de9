package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

@Breaks(value = "9.13", how = "every sub is delegated to through a forwarding view the engine does not know, so each level of a"
        + " chain is a nested call of the sub's public methods, as for a foreign sub (rule 9.9): right answers, but a"
        + " chain 10,000 deep overflows the caller's stack")
public final class NestsEveryDelegation extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub);
    }
}

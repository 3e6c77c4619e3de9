package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.DelegationMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.IgnoredExitException;

@Breaks(value = "9.6", how = "a sub-coroutine that ignores its close request is taken as closed: the delegator closes without IgnoredExitException")
public final class SwallowsTheSubsIgnoredExit extends DelegationMutation {
    @Override
    protected Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object close() {
                try {
                    return correct.close();
                } catch (IgnoredExitException ignored) {
                    return null;
                }
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.IgnoredExitException;

@Breaks(value = "7.6", how = "close() on a body that yields instead of finishing retries and returns null instead of IgnoredExitException")
public final class ClosesIgnoredExit extends CoroutineMutation {
    private static final int RETRIES = 8;

    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public Object close() {
                for (int i = 0; ; i++) {
                    try {
                        return correct.close();
                    } catch (IgnoredExitException ignored) {
                        if (i == RETRIES) {
                            return null;
                        }
                    }
                }
            }
        };
    }
}

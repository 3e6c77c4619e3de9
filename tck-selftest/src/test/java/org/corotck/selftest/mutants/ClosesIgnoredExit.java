package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.IgnoredExitException;

@Breaks(value = "7.6", how = "close() on a body that yields instead of finishing retries and returns null instead of IgnoredExitException")
public final class ClosesIgnoredExit extends OperationMutation {
    private static final int RETRIES = 8;

    @Override
    protected Object close(Coroutine<?, ?> correct) {
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
}

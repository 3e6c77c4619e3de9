package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.IgnoredExitException;

@Breaks(value = "7.8", how = "close() returns null when the body raises X while closing, instead of letting X propagate")
public final class SwallowsErrorsWhileClosing extends OperationMutation {
    @Override
    protected Object close(Coroutine<?, ?> correct) {
        try {
            return correct.close();
        } catch (IgnoredExitException | AlreadyExecutingException lifecycle) {
            throw lifecycle;
        } catch (RuntimeException raised) {
            return null;
        }
    }
}

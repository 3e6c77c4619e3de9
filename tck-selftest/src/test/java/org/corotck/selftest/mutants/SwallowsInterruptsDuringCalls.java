package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;

@Breaks(value = "8.8", how = "an interrupt that arrives while a call is in progress is cleared before the call returns")
public final class SwallowsInterruptsDuringCalls extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        boolean before = Thread.currentThread().isInterrupted();
        try {
            return correct.send(value);
        } finally {
            if (!before) {
                Thread.interrupted();
            }
        }
    }
}

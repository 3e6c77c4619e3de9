package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.State;

@Breaks(value = "5.4", how = "a CoroutineExhaustedException escaping the body on the first step reaches the caller as itself: PEP 479 applied from the second step only")
public final class SkipsPep479OnTheFirstStep extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        boolean first = correct.state() == State.CREATED;
        try {
            return correct.send(value);
        } catch (ExhaustionLeakedException leaked) {
            if (first) {
                throw (RuntimeException) leaked.getCause();
            }
            throw leaked;
        }
    }
}

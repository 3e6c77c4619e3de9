package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.ExhaustionLeakedException;

@Breaks(value = "5.4", how = "a CoroutineExhaustedException escaping the body reaches the caller as itself, as before PEP 479")
public final class SkipsPep479 extends OperationMutation {
    @Override
    protected Throwable sendFailure(Throwable thrown) {
        return thrown instanceof ExhaustionLeakedException leaked ? leaked.getCause() : thrown;
    }
}

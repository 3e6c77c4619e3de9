package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.ExhaustionLeakedException;

@Breaks(value = "5.4", how = "a CoroutineExhaustedException escaping the body reaches the caller as itself, as before PEP 479")
public final class SkipsPep479 extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O send(I value) {
                try {
                    return correct.send(value);
                } catch (ExhaustionLeakedException e) {
                    throw (RuntimeException) e.getCause();
                }
            }
        };
    }
}

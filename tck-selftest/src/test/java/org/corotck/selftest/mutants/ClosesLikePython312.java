package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

@Breaks(value = "7.4", how = "close() returns null even when the body returns a value while closing (CPython 3.12)")
public final class ClosesLikePython312 extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public Object close() {
                correct.close();
                return null;
            }
        };
    }
}

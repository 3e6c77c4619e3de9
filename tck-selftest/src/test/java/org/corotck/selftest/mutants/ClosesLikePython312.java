package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;

@Breaks(value = "7.4", how = "close() returns null even when the body returns a value while closing (CPython 3.12)")
public final class ClosesLikePython312 extends OperationMutation {
    @Override
    protected Object close(Coroutine<?, ?> correct) {
        correct.close();
        return null;
    }
}

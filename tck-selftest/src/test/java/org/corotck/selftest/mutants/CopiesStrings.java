package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;

@Breaks(value = "3.3", how = "a String sent in reaches the body as an equal copy, not the same instance")
public final class CopiesStrings extends OperationMutation {
    @Override
    @SuppressWarnings("unchecked")
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        return correct.send(value instanceof String s ? (I) new String(s) : value);
    }
}

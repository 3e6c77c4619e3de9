package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;

@Breaks(value = "3.4", how = "a Double the body yields reaches the caller rounded to float precision")
public final class RoundsYieldedDoubles extends OperationMutation {
    @Override
    @SuppressWarnings("unchecked")
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        O out = correct.send(value);
        return out instanceof Double d ? (O) Double.valueOf((float) d.doubleValue()) : out;
    }
}

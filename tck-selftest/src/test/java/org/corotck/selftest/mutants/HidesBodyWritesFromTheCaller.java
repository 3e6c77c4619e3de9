package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.Fields;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;

/**
 * Emulates a handoff back to the caller without a happens-before edge: what the body yields, returns or
 * raises shows the caller its plain fields as they were before the body wrote them (see {@link Fields}).
 */
@Breaks(value = "8.6", how = "the caller sees the plain fields of what the body yields, returns or raises as they were before the body wrote them")
public final class HidesBodyWritesFromTheCaller extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        O out = correct.send(value);
        Fields.clear(out);
        return out;
    }

    @Override
    protected Throwable sendFailure(Throwable thrown) {
        Fields.clear(thrown instanceof CoroutineExhaustedException e ? e.value() : thrown);
        return thrown;
    }
}

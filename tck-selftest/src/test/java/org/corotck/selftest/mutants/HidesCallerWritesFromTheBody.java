package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.Fields;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;

/**
 * Emulates a handoff to the body without a happens-before edge: while the step runs, the object the caller
 * sent shows the body its plain fields as they were before the caller wrote them (see {@link Fields}).
 */
@Breaks(value = "8.5", how = "the body sees the plain fields of the object it is sent as they were before the caller wrote them")
public final class HidesCallerWritesFromTheBody extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        var written = Fields.snapshot(value);
        Fields.clear(value);
        try {
            return correct.send(value);
        } finally {
            Fields.restore(value, written);
        }
    }
}

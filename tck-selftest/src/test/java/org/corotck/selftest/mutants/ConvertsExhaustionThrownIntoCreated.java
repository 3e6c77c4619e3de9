package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.State;

@Breaks(value = "6.2", how = "throwInto(e) of a CoroutineExhaustedException into a CREATED coroutine raises ExhaustionLeakedException")
public final class ConvertsExhaustionThrownIntoCreated extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        boolean created = correct.state() == State.CREATED;
        try {
            return correct.throwInto(error);
        } catch (CoroutineExhaustedException e) {
            throw created ? new ExhaustionLeakedException(e) : e;
        }
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;

@Breaks(value = "6.1", how = "throwInto(e) on a CREATED coroutine starts the body and raises e at its first yield, where its handlers see it")
public final class ThrowsIntoCreatedBody extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        if (error != null && correct.state() == State.CREATED) {
            try {
                correct.next();
            } catch (CoroutineExhaustedException ended) {
                return correct.throwInto(error); // closed now: rethrows error
            }
        }
        return correct.throwInto(error);
    }
}

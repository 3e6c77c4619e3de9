package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

/** A send or next while the body runs (from inside it, or from a sub-coroutine it delegates to) returns null. */
@Breaks(value = {"8.1", "9.8"}, how = "send/next while the body runs returns null instead of AlreadyExecutingException")
public final class AnswersCallsWhileRunningWithNull extends OperationMutation {
    @Override
    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        return correct.state() == State.RUNNING ? null : correct.send(value);
    }
}

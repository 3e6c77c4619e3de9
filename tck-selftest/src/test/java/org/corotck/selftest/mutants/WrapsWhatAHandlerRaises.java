package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;

@Breaks(value = "6.6", how = "an exception the body's handler raises instead of the thrown-in one reaches the caller wrapped")
public final class WrapsWhatAHandlerRaises extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        try {
            return correct.throwInto(error);
        } catch (RuntimeException e) {
            boolean own = e != error && !(e instanceof CoroutineExhaustedException) && !(e instanceof IllegalStateException);
            throw own ? new RuntimeException("the handler failed", e) : e;
        }
    }
}

package org.corotck.selftest.mutants;

import java.util.NoSuchElementException;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.CoroutineExhaustedException;

@Breaks(value = "5.5", how = "a plain NoSuchElementException out of the body is taken for the end of the coroutine: exhaustion with null")
public final class TakesNoSuchElementForExhaustion extends OperationMutation {
    @Override
    protected Throwable sendFailure(Throwable thrown) {
        return thrown instanceof NoSuchElementException && !(thrown instanceof CoroutineExhaustedException)
                ? new CoroutineExhaustedException(null) : thrown;
    }
}

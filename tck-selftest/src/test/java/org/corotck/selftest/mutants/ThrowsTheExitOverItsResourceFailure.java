package org.corotck.selftest.mutants;

import java.util.List;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.selftest.Rethrow;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;

/**
 * Lets a thrown CoroutineExit that came back out of the body carrying a resource's failure reach the caller as
 * itself, as Java's try-with-resources left it, where close() and CPython give the failure.
 */
@Breaks(value = {"6.7", "9.5"}, how = "a thrown CoroutineExit that comes back carrying a resource's failure reaches the caller as the exit, the failure only suppressed in it")
public final class ThrowsTheExitOverItsResourceFailure extends OperationMutation {
    @Override
    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        try {
            return correct.throwInto(error);
        } catch (Throwable failure) {
            boolean underTheExit = error instanceof CoroutineExit && List.of(error.getSuppressed()).contains(failure);
            throw Rethrow.sneaky(underTheExit ? error : failure);
        }
    }
}

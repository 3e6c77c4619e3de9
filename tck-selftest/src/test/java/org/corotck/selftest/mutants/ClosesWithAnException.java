package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;

/** Raises the close request as an Exception, so a body's catch (Exception e) takes it for an ordinary error. */
@Breaks(value = "7.3", how = "close() raises a RuntimeException at the yield instead of CoroutineExit, so catch (Exception) sees it")
public final class ClosesWithAnException extends OperationMutation {
    /** The close request as an ordinary exception. */
    private static final class CloseRequest extends RuntimeException {
        CloseRequest() {
            super("close request", null, false, false);
        }
    }

    @Override
    protected Object close(Coroutine<?, ?> correct) {
        if (correct.state() != State.SUSPENDED) {
            return correct.close();
        }
        CloseRequest request = new CloseRequest();
        try {
            correct.throwInto(request);
        } catch (CoroutineExhaustedException returned) {
            return returned.value();
        } catch (CloseRequest propagated) {
            return null;
        }
        throw new IgnoredExitException();
    }
}

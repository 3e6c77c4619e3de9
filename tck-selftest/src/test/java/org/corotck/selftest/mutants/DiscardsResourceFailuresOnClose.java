package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ExitOutOfBodyMutation;
import org.corotck.spec.CoroutineExit;

/**
 * Answers a close request that comes out of the body carrying suppressed failures with a clean one, as before
 * rule 7.10: a state machine's step that raises it, or a stackful body that ends with it.
 */
@Breaks(value = "7.10", how = "a resource's failure suppressed under the close request is lost: close() returns null, as with a CoroutineExit that records no suppressed exceptions")
public final class DiscardsResourceFailuresOnClose extends ExitOutOfBodyMutation<Void> {
    @Override
    protected Void newState() {
        return null;
    }

    @Override
    protected CoroutineExit exitOut(Void none, CoroutineExit exit) {
        return exit.getSuppressed().length > 0 ? new CoroutineExit() : exit;
    }
}

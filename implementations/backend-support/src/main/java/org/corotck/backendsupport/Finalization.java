package org.corotck.backendsupport;

import org.corotck.spec.CoroutineDroppedError;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;

/**
 * What finalizing an abandoned coroutine reports: nobody can receive its outcome, so every failure goes
 * to the unraisable handler ({@link Coroutines#reportUnraisable}), as CPython's go to
 * {@code sys.unraisablehook} (rules 10.3, 10.5). One place for every engine, a backend's own included.
 */
public final class Finalization {
    private Finalization() {}

    /** The body yielded instead of finishing on its one close request; the engine then drops it (rule 10.3). */
    public static void ignored(CoroutineExit request) {
        Coroutines.reportUnraisable(new IgnoredExitException(request));
    }

    /**
     * The finalized body ended by raising {@code t} (rule 10.5). A close request that came out is a clean
     * close, and the engine's own unwinding no failure of the body, unless either carries a resource's
     * failure (rule 7.10); a leaked exhaustion is reported as PEP 479 says.
     */
    public static void raised(Throwable t) {
        Throwable failure = t instanceof CoroutineExit || t instanceof CoroutineDroppedError
                ? StandardCoroutine.suppressedFailure(t) : t;
        if (failure == null) {
            return;
        }
        Coroutines.reportUnraisable(failure instanceof CoroutineExhaustedException leaked
                ? new ExhaustionLeakedException(leaked) : failure);
    }
}

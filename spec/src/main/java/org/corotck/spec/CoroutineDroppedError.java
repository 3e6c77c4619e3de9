package org.corotck.spec;

/**
 * Raised at a yield of an abandoned body that ignored the close request of its finalization, on a backend
 * whose body runs on a thread of its own (rule 10.3). CPython drops such a generator's frame: nothing of it
 * runs again. Java cannot end a thread without running its code, so such a backend unwinds the body's stack
 * instead: only its {@code catch} blocks for this error (or for {@code Error}, {@code Throwable}) and its
 * {@code finally} blocks run on the way out, and any yield among them raises this error again.
 *
 * <p>Like {@link CoroutineExit} it records suppressed exceptions, so that a resource that fails to close
 * on the way out is reported to the unraisable handler (rule 10.5). It is not a {@link CoroutineExit}, so that a body that catches the close request in a loop is not
 * caught in it again; a body should never catch it, or rethrow it at once when it catches {@code Throwable}.
 */
public class CoroutineDroppedError extends Error {
    private static final long serialVersionUID = 1L;

    public CoroutineDroppedError() {
        super("the coroutine was abandoned and ignored its close request: its body is dropped", null, true, false);
    }
}

package org.corotck.spec;

/**
 * Python's {@code RuntimeError: generator ignored GeneratorExit}: the body was asked to finish with a
 * close request and yielded instead (rule 7.6). After {@link Coroutine#close()} the coroutine stays
 * SUSPENDED and can still be resumed. After finalization of an abandoned coroutine it goes to the
 * unraisable handler ({@link Coroutines#setUnraisableHandler}), carrying the ignored request as its cause,
 * and the body is dropped (rule 10.3).
 */
public class IgnoredExitException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IgnoredExitException() {
        super("coroutine ignored CoroutineExit: it yielded while handling close()");
    }

    /** The body yielded while an abandoned coroutine was being finalized; {@code ignored} is the request it got. */
    public IgnoredExitException(CoroutineExit ignored) {
        super("coroutine ignored CoroutineExit while it was finalized: it yielded instead of finishing; its body was dropped",
                ignored);
    }
}

package org.corotck.spec;

/**
 * Python's {@code RuntimeError: generator ignored GeneratorExit}: {@link Coroutine#close()} raised the
 * close request and the body yielded instead of finishing (rule 7.6). The coroutine stays SUSPENDED
 * and can still be resumed.
 */
public class IgnoredExitException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IgnoredExitException() {
        super("coroutine ignored CoroutineExit: it yielded while handling close()");
    }
}

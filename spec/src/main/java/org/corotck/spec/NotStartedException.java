package org.corotck.spec;

/**
 * Python's {@code TypeError: can't send non-None value to a just-started generator}: a non-null value
 * sent to a CREATED coroutine, whose body has no pending yield to receive it (rule 12.3). The coroutine
 * stays CREATED; a later {@code next()} starts it normally.
 */
public class NotStartedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NotStartedException() {
        super("can't send non-null value to a just-started coroutine; prime it with next() first");
    }
}

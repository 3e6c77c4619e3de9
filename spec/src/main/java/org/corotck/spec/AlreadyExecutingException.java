package org.corotck.spec;

/**
 * Python's {@code ValueError: generator already executing}: an operation reached a coroutine whose body
 * is running, from inside the body itself or from another thread (rules 8.1-8.3). It never blocks and
 * changes nothing: a thrown exception is not delivered, the running body goes on.
 */
public class AlreadyExecutingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AlreadyExecutingException() {
        super("coroutine already executing");
    }
}

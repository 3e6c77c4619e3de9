package org.corotck.spec;

import java.util.NoSuchElementException;

/**
 * Python's {@code StopIteration}: the coroutine has no more values. When the body returns, the
 * exception carries its return value (PEP 380, rule 4.1); on an already CLOSED coroutine the value is
 * null (rule 4.3). Extends {@link NoSuchElementException} because that is how Java iterators say
 * "exhausted".
 *
 * <p>A body that lets one of these escape (for example from an unguarded {@code sub.next()}) does not
 * end quietly: the caller gets an {@link ExhaustionLeakedException} instead (PEP 479, rule 5.4).
 */
public class CoroutineExhaustedException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    private final transient Object value;

    public CoroutineExhaustedException(Object value) {
        super(value == null ? "coroutine exhausted" : "coroutine returned " + describe(value));
        this.value = value;
    }

    /** The body's return value, passed through unchanged; null when it had none (rule 4.2). */
    public Object value() {
        return value;
    }

    private static String describe(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException e) {
            return value.getClass().getName();
        }
    }
}

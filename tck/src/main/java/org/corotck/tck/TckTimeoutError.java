package org.corotck.tck;

import org.opentest4j.AssertionFailedError;

/**
 * A bounded wait of the TCK ran out: what it waited for never happened. Every bound of the TCK fails with
 * this type, so that whoever judges a failure (the TCK's self-test) tells a timeout from a wrong answer by
 * its type, never by its words. It is an assertion failure: the backend did not do in time what the rule says.
 */
public final class TckTimeoutError extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    /** What ran out of time. */
    public enum Scope {
        /** One bounded wait inside a test: an operation, a thread, a finalization. */
        WAIT,
        /** The whole test, cut by {@link BoundedTestExtension}: it hung somewhere. */
        TEST
    }

    private final Scope scope;

    public TckTimeoutError(Scope scope, String message) {
        super(message);
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}

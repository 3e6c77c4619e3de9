package org.corotck.tck;

import org.corotck.spec.Step;

/**
 * The state machine of a body that yields "suspended" once and returns null when resumed: the shape of the
 * close and finalization fixtures, which differ only in what an exception thrown in at that yield does.
 */
abstract class SuspendedOnce extends YieldFirst<Object, Object> {

    SuspendedOnce() {
        super("suspended");
    }

    @Override
    protected final Step<Object, Object> next(Object sent) {
        return Step.done(null);
    }

    /** What the body does with {@code thrown}, raised at its one yield: the fixture's point. */
    @Override
    public abstract Step<Object, Object> resumeThrowing(Throwable thrown) throws Exception;
}

package org.corotck.tck;

import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/**
 * The state machine of a body that starts by yielding one fixed value and then answers each send with
 * {@link #next}: the common shape of the TCK's fixtures, {@code first = yield v; while (...) ...}.
 */
public abstract class YieldFirst<I, O> implements StateMachine<I, O> {
    private final O first;
    private boolean started;

    protected YieldFirst(O first) {
        this.first = first;
    }

    @Override
    public final Step<I, O> resume(I sent) throws Exception {
        if (!started) {
            started = true;
            return Step.yield(first);
        }
        return next(sent);
    }

    /** Every step after the first, given what the pending yield received. */
    protected abstract Step<I, O> next(I sent) throws Exception;
}

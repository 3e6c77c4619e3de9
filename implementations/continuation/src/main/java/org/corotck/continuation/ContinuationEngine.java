package org.corotck.continuation;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import org.corotck.backendsupport.StackfulEngine;
import org.corotck.spec.PinnedYieldException;
import org.corotck.spec.StackfulBody;

/**
 * A stackful engine on {@link Continuation}: each step runs the body's continuation on the calling
 * thread (rule 11.4), and a yield freezes the body's frames until the next step, on whatever thread that
 * comes (rule 8.7). A yield that cannot freeze raises {@link PinnedYieldException} at the yield, inside
 * the body (rule 11.5). An abandoned body gets its close request on the Cleaner's thread, which runs it to its
 * end or to its next yield, where it is dropped (rules 10.1, 10.3).
 */
final class ContinuationEngine<I, O> extends StackfulEngine<I, O> {
    /** One scope for every coroutine of this backend: a nested coroutine's yield suspends only its own frames. */
    private static final ContinuationScope SCOPE = new ContinuationScope("corotck");

    private final Continuation continuation = new BodyContinuation(this::runBody);

    ContinuationEngine(StackfulBody<I, O> body) {
        super(body);
    }

    @Override
    protected void startBody() {
        continuation.run();
    }

    @Override
    protected void transferToBody() {
        continuation.run();
    }

    @Override
    protected void transferToCaller() {
        Continuation.yield(SCOPE); // a pinned yield throws from onPinned, so it never returns false here
    }

    /**
     * Runs the finalized body on the finalizing thread until it ends or yields; a yield suspends it for good
     * ({@link #dropSuspended()}), so the run returns either way.
     */
    @Override
    protected void resumeAbandoned() {
        continuation.run();
    }

    /**
     * A finalized body that ignored its close request is suspended and never run again: its frames go with
     * the continuation, as CPython drops the frame, and nothing after the yield runs (rule 10.3). Where the
     * stack is pinned it cannot suspend, and the engine unwinds it instead.
     */
    @Override
    protected void dropSuspended() {
        try {
            Continuation.yield(SCOPE);
        } catch (PinnedYieldException pinned) {
            // returns: the body is unwound
        }
    }

    @Override
    protected void checkInBody() {
        if (Continuation.getCurrentContinuation(SCOPE) != continuation) {
            throw new IllegalStateException("yield called outside the coroutine's body: the innermost running "
                    + "coroutine body on " + Thread.currentThread() + " is another one, or none");
        }
    }

    @Override
    public String toString() {
        return "continuation engine" + (ended() ? ", ended" : "");
    }

    /** Reports a pinned yield in the SPEC's terms instead of the JDK's bare IllegalStateException. */
    private static final class BodyContinuation extends Continuation {
        BodyContinuation(Runnable body) {
            super(SCOPE, body);
        }

        @Override
        protected void onPinned(Continuation.Pinned reason) {
            throw new PinnedYieldException(reason.toString());
        }
    }
}

package org.corotck.instrumented;

import org.corotck.backendsupport.Engine;
import org.corotck.backendsupport.Finalization;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.instrumented.runtime.Fiber;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;

/**
 * The engine of a stackful body made resumable by the agent. A step calls the body on the caller's thread
 * (rule 11.4): the first from its start, the next ones re-entering its saved frames (see {@link Fiber}).
 * A suspension returns through every frame, so between steps the coroutine is the saved frames and
 * nothing else: no thread, no continuation.
 *
 * <p>A delegation ({@code yieldFrom}) suspends the body and answers {@link #DELEGATED}: the caller's
 * {@link StandardCoroutine} drives the sub-coroutine from its side, as for every backend, and re-enters the
 * body only when the sub returns ({@link #stepReturned}) or raises, or a throw or close reaches the delegation.
 *
 * <p>Finalization (rules 10.1, 10.3, 10.5): an abandoned body gets one close request; if it suspends again
 * instead of finishing, the ignored request is reported and its saved frames are dropped, never re-entered,
 * as CPython drops the frame.
 */
final class InstrumentedEngine<I, O> extends Fiber<I, O> implements Engine<I, O> {
    private StackfulBody<I, O> body;
    /** While the body is suspended at a delegation: the sub-coroutine, which finalization closes first (9.4). */
    private Coroutine<? super I, ? extends O> pendingSub;
    private boolean started;
    /** Volatile: the Cleaner's thread reads it in abandon(). */
    private volatile boolean ended;
    /** The close request of finalization, which an IgnoredExitException names as its cause. */
    private CoroutineExit finalRequest;

    InstrumentedEngine(StackfulBody<I, O> body) {
        this.body = body;
    }

    @Override
    public int step(I sent, Throwable thrown) {
        pendingSub = null;
        return runBody(sent, thrown);
    }

    @Override
    public int stepReturned(Object value) {
        pendingSub = null;
        return runBody(value, null);
    }

    /** Runs the body until it yields, delegates, returns or raises. */
    private int runBody(Object value, Throwable error) {
        for (;;) {
            if (started) {
                prepareResume(value, error);
            } else {
                started = true;
            }
            Object result;
            carrier = Thread.currentThread();
            try {
                expected = RUN;
                result = body.run(this);
            } catch (Throwable t) {
                return end(RAISED, t);
            } finally {
                carrier = null;
            }
            if (mode != CAPTURING) {
                return end(RETURNED, result);
            }
            boolean delegates = suspendedToDelegate();
            suspensionTaken();
            if (!finalizing) {
                if (delegates) {
                    @SuppressWarnings("unchecked")
                    Coroutine<? super I, ? extends O> sub = (Coroutine<? super I, ? extends O>) transfer;
                    pendingSub = sub;
                    return DELEGATED; // the sub is in transfer, the step's outcome
                }
                return YIELDED; // the yielded value is in transfer, the step's outcome
            }
            // Finalizing: nobody follows a delegation, so its sub is started here; a value from it is a yield.
            if (delegates) {
                try {
                    ((Coroutine<?, ?>) transfer).next();
                } catch (CoroutineExhaustedException done) {
                    value = done.value();
                    error = null;
                    continue;
                } catch (Throwable failure) {
                    value = null;
                    error = failure;
                    continue;
                }
            }
            Finalization.ignored(finalRequest); // it yielded instead of finishing: dropped at that yield (10.3)
            drop();
            return YIELDED;
        }
    }

    private int end(int kind, Object value) {
        drop();
        transfer = value;
        if (finalizing && kind == RAISED) {
            Finalization.raised((Throwable) value); // nobody waits for this outcome (rule 10.5)
        }
        return kind;
    }

    /** Nothing of the body is kept: no frames, no body, no sub. */
    private void drop() {
        reset();
        body = null; // a closed coroutine keeps nothing of its body alive
        pendingSub = null;
        ended = true;
    }

    @Override
    public Object outcome() {
        return transfer;
    }

    @Override
    public void discard() {
        ended = true;
        body = null;
    }

    /**
     * Finishes a suspended body nobody can reach any more, on the calling (Cleaner's) thread: one close
     * request at its yield, or at its delegation once the sub is closed (rules 9.4, 10.1, 10.3).
     */
    @Override
    public void abandon() {
        if (!started || ended) {
            return;
        }
        finalizing = true;
        finalRequest = new CoroutineExit();
        Coroutine<? super I, ? extends O> sub = pendingSub;
        pendingSub = null;
        Throwable raise = sub == null ? finalRequest : StandardCoroutine.closeSub(sub, finalRequest);
        if (StandardCoroutine.subReturned(raise, finalRequest)) {
            runBody(((CoroutineExhaustedException) raise).value(), null);
        } else {
            runBody(null, raise);
        }
        transfer = null;
    }

    @Override
    public String toString() {
        return "instrumented engine" + (ended ? ", ended" : pendingSub != null ? ", delegating" : "");
    }
}

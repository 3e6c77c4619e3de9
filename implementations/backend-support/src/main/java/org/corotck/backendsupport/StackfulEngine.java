package org.corotck.backendsupport;

import java.util.Objects;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineDroppedError;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Yielder;

/**
 * An engine for stackful bodies, whatever carries their stack: a thread or a continuation. Subclasses
 * supply only the transfer of control, {@link #transferToBody()} and {@link #transferToCaller()}; this
 * class owns the values handed across, the yielder, and finalization. A {@code yieldFrom} suspends the body
 * as a yield does, answering {@link #DELEGATED}: the caller's {@link StandardCoroutine} then drives the
 * sub-coroutine itself, so a send to a delegating body reaches the innermost one with a single transfer, to
 * that one's carrier.
 *
 * <p>Fields are plain: each transfer is a happens-before edge the subclass provides (a volatile handoff,
 * or running on one thread).
 */
public abstract class StackfulEngine<I, O> implements Engine<I, O>, Yielder<I, O> {
    private StackfulBody<I, O> body;
    /** What the body is resumed with: the value sent to its yield, or the return value of its delegation. */
    private Object resumed;
    private Throwable thrown;
    private int kind;
    private Object outcome;
    private boolean started;
    /** Volatile: the Cleaner's thread reads it in abandon(). */
    private volatile boolean ended;
    /** Set by {@link #abandon()}: the body got its one close request, and no yield may suspend it again (rule 10.3). */
    private boolean finalizing;
    /** The close request of finalization, which an {@code IgnoredExitException} names as its cause. */
    private CoroutineExit finalRequest;
    /** How often the finalized body yielded: the first yield drops it, any later one is during its unwinding. */
    private int yieldsWhileFinalizing;

    protected StackfulEngine(StackfulBody<I, O> body) {
        this.body = body;
    }

    /** A state-machine body run as a stackful one, so that every backend runs both forms (rule 11.2). */
    public static <I, O> StackfulBody<I, O> asStackful(StateMachine<I, O> machine) {
        return y -> drive(new MachineRunner<>(machine), y);
    }

    /**
     * Runs a machine to its end, suspending through {@code yielder} at each of its yields and delegations;
     * returns its return value or throws what it raises.
     */
    static <I, O> Object drive(MachineRunner<I, O> runner, Yielder<I, O> yielder) {
        int kind = runner.step(null, null);
        for (;;) {
            Object out = runner.outcome();
            switch (kind) {
                case YIELDED -> {
                    I in;
                    try {
                        @SuppressWarnings("unchecked")
                        O value = (O) out;
                        in = yielder.yield(value);
                    } catch (Throwable t) {
                        kind = runner.step(null, t);
                        continue;
                    }
                    kind = runner.step(in, null);
                }
                case DELEGATED -> {
                    Object returned;
                    try {
                        @SuppressWarnings("unchecked")
                        Coroutine<? super I, ? extends O> sub = (Coroutine<? super I, ? extends O>) out;
                        returned = yielder.yieldFrom(sub);
                    } catch (Throwable t) {
                        kind = runner.step(null, t);
                        continue;
                    }
                    kind = runner.stepReturned(returned);
                }
                case RETURNED -> {
                    return out;
                }
                default -> throw Sneaky.raise((Throwable) out);
            }
        }
    }

    // ---- the caller's side

    @Override
    public final int step(I sent, Throwable thrown) {
        return resume(sent, thrown);
    }

    @Override
    public final int stepReturned(Object value) {
        return resume(value, null);
    }

    private int resume(Object value, Throwable thrown) {
        this.resumed = value;
        this.thrown = thrown;
        if (!started) {
            started = true;
            startBody();
        } else {
            transferToBody();
        }
        return kind;
    }

    @Override
    public final Object outcome() {
        return outcome;
    }

    @Override
    public final void discard() {
        ended = true;
        body = null;
    }

    /**
     * Finishes a suspended body that nobody can reach any more: raises one close request at its yield (or
     * at its delegation, after closing the sub-coroutine) and lets it run, on the current thread or its own,
     * with nobody waiting for the outcome, until it ends or yields; a yield drops it (rule 10.3).
     */
    @Override
    public final void abandon() {
        if (!started || ended) {
            return;
        }
        finalizing = true;
        resumed = null;
        thrown = finalRequest = new CoroutineExit();
        resumeAbandoned();
    }

    // ---- the body's side

    @Override
    public final I yield(O value) {
        checkInBody();
        if (finalizing) {
            throw dropAtYield();
        }
        @SuppressWarnings("unchecked")
        I in = (I) suspend(YIELDED, value);
        return in;
    }

    /**
     * Suspends the body in a delegation: the caller's {@link StandardCoroutine} drives {@code sub} from its
     * side, so no step of the sub passes through this body. Returns what the sub returns, or throws what it
     * raises or what reached the delegation.
     */
    @Override
    public final Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
        checkInBody();
        Objects.requireNonNull(sub, "yieldFrom(null): the delegation's target");
        if (finalizing) {
            return delegateWhileFinalizing(sub);
        }
        try {
            return suspend(DELEGATED, sub);
        } catch (Throwable t) {
            if (!finalizing) {
                throw Sneaky.raise(t);
            }
            // Abandoned while delegating: nobody closed the sub-coroutine, so close it first (9.4).
            Throwable raise = StandardCoroutine.closeSub(sub, t);
            if (StandardCoroutine.subReturned(raise, t)) {
                return ((CoroutineExhaustedException) raise).value();
            }
            throw Sneaky.raise(raise);
        }
    }

    /** Hands {@code value} to the caller as the step's outcome and returns what the body is resumed with. */
    private Object suspend(int kind, Object value) {
        this.kind = kind;
        outcome = value;
        transferToCaller();
        Throwable t = thrown;
        Object in = resumed;
        thrown = null;
        resumed = null;
        if (t != null) {
            throw Sneaky.raise(t);
        }
        return in;
    }

    /**
     * A finalizing body has no caller to drive a delegation: start the sub here. Its first value would be a
     * yield of this body, which ignored its close request: the body is dropped (rule 10.3), and the sub, now
     * unreachable too, is finalized on its own, as CPython's would be with the frame that held it.
     */
    private Object delegateWhileFinalizing(Coroutine<?, ?> sub) {
        try {
            sub.next();
        } catch (CoroutineExhaustedException done) {
            return done.value();
        }
        throw dropAtYield();
    }

    /** Runs the whole body on the body's own execution: the subclass calls this once, where the body lives. */
    protected final void runBody() {
        StackfulBody<I, O> b = body;
        try {
            outcome = b.run(this);
            kind = RETURNED;
        } catch (Throwable t) {
            outcome = t;
            kind = RAISED;
            if (finalizing) {
                Finalization.raised(t); // nobody waits for this outcome (rule 10.5)
            }
        } finally {
            ended = true;
            body = null; // a closed coroutine keeps nothing of its body alive
        }
    }

    /** Whether the body has ended (returned or raised, or was discarded unstarted). */
    protected final boolean ended() {
        return ended;
    }

    /** Whether the engine is finalizing an abandoned body: nobody waits for its outcome. */
    protected final boolean finalizing() {
        return finalizing;
    }

    /**
     * The finalized body yielded instead of finishing (rule 10.3). The first time, the ignored request is
     * reported and the carrier may suspend the body for good ({@link #dropSuspended()}); where it cannot, the
     * body's stack is unwound by the returned error. A yield during that unwinding (in a finally block, or
     * after a handler caught the error) raises it again, later each time, so that a body that keeps catching
     * it cannot keep a processor busy.
     */
    private CoroutineDroppedError dropAtYield() {
        int earlier = yieldsWhileFinalizing++;
        if (earlier == 0) {
            Finalization.ignored(finalRequest);
            dropSuspended();
        } else {
            pauseBeforeUnwindingAgain(earlier);
        }
        return new CoroutineDroppedError();
    }

    private static void pauseBeforeUnwindingAgain(int earlier) {
        try {
            Thread.sleep(Math.min(1000L, 1L << Math.min(earlier, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- what a carrier of stacks supplies

    /** Starts the body (which calls {@link #runBody()}) and returns when it first yields or ends. */
    protected abstract void startBody();

    /**
     * Resumes the suspended body and returns when it yields again or ends. Like every transfer here, it
     * must not throw once control has passed to the other side: both sides would then run at once.
     */
    protected abstract void transferToBody();

    /** On the body's execution: hands control back to the caller and returns when resumed. */
    protected abstract void transferToCaller();

    /** Resumes a suspended body after {@link #abandon()} without waiting for anything back. */
    protected abstract void resumeAbandoned();

    /**
     * On the body's execution, at a yield of a finalized body that ignored its close request: suspends it for
     * good if the carrier can, so that nothing of it ever runs again and its frames go with this engine, as
     * CPython drops the frame (rule 10.3). The default cannot (a thread must run its code to end) and returns,
     * and then the body is unwound by a {@link CoroutineDroppedError}.
     */
    protected void dropSuspended() {}

    /** Fails with IllegalStateException unless the current execution is this body's (rule 12.6). */
    protected abstract void checkInBody();
}

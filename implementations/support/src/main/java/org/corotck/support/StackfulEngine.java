package org.corotck.support;

import java.util.Objects;
import org.corotck.spec.Coroutine;
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
    /** Set by {@link #abandon()}: every yield from now on raises a fresh close request (rule 10.3). */
    private boolean finalizing;

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
     * Finishes a suspended body that nobody can reach any more: raises a close request at its yield and
     * lets it run to its end, on the current thread or its own, with nobody waiting for the outcome.
     */
    @Override
    public final void abandon() {
        if (!started || ended) {
            return;
        }
        finalizing = true;
        resumed = null;
        thrown = new CoroutineExit();
        resumeAbandoned();
    }

    // ---- the body's side

    @Override
    public final I yield(O value) {
        checkInBody();
        if (finalizing) {
            throw new CoroutineExit();
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
            // Abandoned while delegating: nobody closed the sub-coroutine, so close it first (9.4).
            throw Sneaky.raise(finalizing ? StandardCoroutine.closeSub(sub, t) : t);
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
     * A finalizing body has no caller to drive a delegation: start the sub here, and since its first value
     * would suspend this body, which gets a fresh close request at every yield (rule 10.3), close it and
     * raise that request at once.
     */
    private static Object delegateWhileFinalizing(Coroutine<?, ?> sub) {
        try {
            sub.next();
        } catch (CoroutineExhaustedException done) {
            return done.value();
        }
        throw Sneaky.raise(StandardCoroutine.closeSub(sub, new CoroutineExit()));
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
            if (finalizing && !(t instanceof CoroutineExit)) {
                reportUnraisable(t);
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

    /** Errors raised while finalizing have no caller: the current thread's uncaught-exception handler gets them. */
    private static void reportUnraisable(Throwable t) {
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, t);
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

    /** Fails with IllegalStateException unless the current execution is this body's (rule 12.6). */
    protected abstract void checkInBody();
}

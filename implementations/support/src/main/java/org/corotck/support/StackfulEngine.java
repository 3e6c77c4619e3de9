package org.corotck.support;

import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;

/**
 * An engine for stackful bodies, whatever carries their stack: a thread or a continuation. Subclasses
 * supply only the transfer of control, {@link #transferToBody()} and {@link #transferToCaller()}; this
 * class owns the values handed across, the yielder, delegation, and finalization.
 *
 * <p>Fields are plain: each transfer is a happens-before edge the subclass provides (a volatile handoff,
 * or running on one thread).
 */
public abstract class StackfulEngine<I, O> implements Engine<I, O>, Yielder<I, O> {
    private StackfulBody<I, O> body;
    private I sent;
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
     * Runs a machine to its end, suspending through {@code yielder} at each of its yields; returns its
     * return value or throws what it raises.
     */
    static <I, O> Object drive(MachineRunner<I, O> runner, Yielder<I, O> yielder) {
        I in = null;
        Throwable error = null;
        for (;;) {
            int kind = runner.step(in, error);
            if (kind == RETURNED) {
                return runner.outcome();
            }
            if (kind == RAISED) {
                throw Sneaky.raise((Throwable) runner.outcome());
            }
            @SuppressWarnings("unchecked")
            O out = (O) runner.outcome();
            try {
                in = yielder.yield(out);
                error = null;
            } catch (Throwable t) {
                in = null;
                error = t;
            }
        }
    }

    // ---- the caller's side

    @Override
    public final int step(I sent, Throwable thrown) {
        this.sent = sent;
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
        sent = null;
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
        kind = YIELDED;
        outcome = value;
        transferToCaller();
        Throwable t = thrown;
        I in = sent;
        thrown = null;
        sent = null;
        if (t != null) {
            throw Sneaky.raise(t);
        }
        return in;
    }

    @Override
    public final Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
        checkInBody();
        return drive(new MachineRunner<>(new Delegation<I, O>(sub)), this);
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

    /** PEP 380's {@code yield from sub} as a machine: delegate at once, return what sub returns. */
    private record Delegation<I, O>(Coroutine<? super I, ? extends O> sub) implements StateMachine<I, O> {
        @Override
        public Step<I, O> resume(I sent) {
            return Step.delegate(sub);
        }

        @Override
        public Step<I, O> resumeReturned(Object value) {
            return Step.done(value);
        }
    }
}

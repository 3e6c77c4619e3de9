package org.corotck.instrumented;

import org.corotck.instrumented.runtime.Fiber;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.support.Engine;
import org.corotck.support.MachineRunner;

/**
 * The engine of a stackful body made resumable by the agent. A step calls the body on the caller's thread
 * (rule 11.4): the first from its start, the next ones re-entering its saved frames (see {@link Fiber}).
 * A suspension returns through every frame, so between steps the coroutine is the saved frames and
 * nothing else: no thread, no continuation.
 *
 * <p>A delegation ({@code yieldFrom}) suspends the body once and then runs as a {@link MachineRunner}
 * of its own, the one implementation of PEP 380's forwarding (rules 9.x): while it lasts, sends go
 * straight to it, and the body is re-entered only when the delegate returns or raises.
 */
final class InstrumentedEngine<I, O> extends Fiber<I, O> implements Engine<I, O> {
    private StackfulBody<I, O> body;
    /** The delegation in progress, else null. */
    private MachineRunner<I, O> delegation;
    private boolean started;
    /** Volatile: the Cleaner's thread reads it in abandon(). */
    private volatile boolean ended;

    InstrumentedEngine(StackfulBody<I, O> body) {
        this.body = body;
    }

    @Override
    public int step(I sent, Throwable thrown) {
        MachineRunner<I, O> d = delegation;
        if (d == null) {
            return runBody(sent, thrown);
        }
        int kind = d.step(sent, thrown);
        if (kind == YIELDED) {
            transfer = d.outcome();
            return YIELDED;
        }
        delegation = null;
        return kind == RETURNED ? runBody(d.outcome(), null) : runBody(null, (Throwable) d.outcome());
    }

    /** Runs the body until it yields, delegates to a coroutine that yields, returns or raises. */
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
            if (!delegates) {
                return YIELDED; // the yielded value is in transfer, the step's outcome
            }
            MachineRunner<I, O> d = startDelegation(transfer);
            int kind = d.step(null, null);
            while (kind == YIELDED && finalizing) {
                kind = d.step(null, new CoroutineExit()); // rule 10.3: the delegation gets the close request too
            }
            if (kind == YIELDED) {
                delegation = d;
                transfer = d.outcome();
                return YIELDED;
            }
            value = kind == RETURNED ? d.outcome() : null;
            error = kind == RETURNED ? null : (Throwable) d.outcome();
        }
    }

    @SuppressWarnings("unchecked")
    private MachineRunner<I, O> startDelegation(Object sub) {
        return new MachineRunner<>(new Delegation<I, O>((Coroutine<? super I, ? extends O>) sub));
    }

    private int end(int kind, Object value) {
        reset();
        body = null; // a closed coroutine keeps nothing of its body alive
        ended = true;
        transfer = value;
        if (finalizing && kind == RAISED && !(value instanceof CoroutineExit)) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, (Throwable) value); // rule 10.3
        }
        return kind;
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
     * Finishes a suspended body nobody can reach any more, on the calling (Cleaner's) thread: a close
     * request at its yield, and a fresh one at every yield after it, until it ends (rules 10.1, 10.3).
     */
    @Override
    public void abandon() {
        if (!started || ended) {
            return;
        }
        finalizing = true;
        step(null, new CoroutineExit());
    }

    @Override
    public String toString() {
        return "instrumented engine" + (ended ? ", ended" : delegation != null ? ", delegating" : "");
    }

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

package org.corotck.support;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Cleaner;
import java.util.Objects;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.NotStartedException;
import org.corotck.spec.State;

/**
 * The lifecycle of SPEC.md, once for every backend: the states, the checks on bad input, "already
 * executing", exhaustion, PEP 479, and what close() makes of the body's answer. The body itself runs in
 * an {@link Engine}; this class only decides when it may and what its outcome means.
 *
 * <p>The state moves by compare-and-set, so a second caller, on any thread, sees RUNNING and fails at
 * once (rules 8.1-8.4). The volatile state write after each step publishes the body's writes to the next
 * caller, and the CAS before a step publishes the caller's to the body (rules 8.5, 8.6).
 */
public final class StandardCoroutine<I, O> implements Coroutine<I, O> {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(StandardCoroutine.class, "state", State.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Engine<I, O> engine;
    private final boolean finalizeWhenAbandoned;
    private volatile State state = State.CREATED;
    /** Registered when the body starts, so that CREATED coroutines cost the Cleaner nothing (rule 10.2). */
    private Finalizer finalizer;

    /**
     * @param finalizeWhenAbandoned whether to register a Cleaner that calls {@link Engine#abandon()} once
     *     this coroutine is unreachable after its body started (rule 10.1)
     */
    public StandardCoroutine(Engine<I, O> engine, boolean finalizeWhenAbandoned) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.finalizeWhenAbandoned = finalizeWhenAbandoned;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public O send(I value) {
        for (;;) {
            State s = state;
            switch (s) {
                case RUNNING -> throw new AlreadyExecutingException();
                case CLOSED -> throw new CoroutineExhaustedException(null);
                case CREATED -> {
                    if (value != null) {
                        throw new NotStartedException();
                    }
                    if (STATE.compareAndSet(this, s, State.RUNNING)) {
                        registerFinalizer();
                        return afterStep(runStep(null, null));
                    }
                }
                case SUSPENDED -> {
                    if (STATE.compareAndSet(this, s, State.RUNNING)) {
                        return afterStep(runStep(value, null));
                    }
                }
            }
        }
    }

    @Override
    public O throwInto(Throwable error) {
        Objects.requireNonNull(error, "throwInto(null): only a Throwable can be raised in a coroutine");
        for (;;) {
            State s = state;
            switch (s) {
                case RUNNING -> throw new AlreadyExecutingException();
                case CLOSED -> throw Sneaky.raise(error);
                case CREATED -> {
                    // Raised before the first statement: no handler or finally of the body sees it (6.1, 6.2).
                    if (STATE.compareAndSet(this, s, State.CLOSED)) {
                        engine.discard();
                        throw Sneaky.raise(error);
                    }
                }
                case SUSPENDED -> {
                    if (STATE.compareAndSet(this, s, State.RUNNING)) {
                        return afterStep(runStep(null, error));
                    }
                }
            }
        }
    }

    @Override
    public Object close() {
        for (;;) {
            State s = state;
            switch (s) {
                case RUNNING -> throw new AlreadyExecutingException();
                case CLOSED -> {
                    return null;
                }
                case CREATED -> {
                    if (STATE.compareAndSet(this, s, State.CLOSED)) {
                        engine.discard();
                        return null;
                    }
                }
                case SUSPENDED -> {
                    if (STATE.compareAndSet(this, s, State.RUNNING)) {
                        return afterClose(runStep(null, new CoroutineExit()));
                    }
                }
            }
        }
    }

    private int runStep(I sent, Throwable thrown) {
        try {
            return engine.step(sent, thrown);
        } catch (Throwable engineFailure) {
            // An engine must report the body's failures as RAISED; this is the engine itself failing.
            end();
            throw engineFailure;
        }
    }

    @SuppressWarnings("unchecked")
    private O afterStep(int kind) {
        Object outcome = engine.outcome(); // read before the state is published: the next step overwrites it
        if (kind == Engine.YIELDED) {
            state = State.SUSPENDED;
            return (O) outcome;
        }
        end();
        if (kind == Engine.RETURNED) {
            throw new CoroutineExhaustedException(outcome);
        }
        throw raised((Throwable) outcome);
    }

    private Object afterClose(int kind) {
        Object outcome = engine.outcome();
        if (kind == Engine.YIELDED) {
            state = State.SUSPENDED;
            throw new IgnoredExitException();
        }
        end();
        if (kind == Engine.RETURNED) {
            return outcome; // CPython 3.13: close() returns what the body returned (rule 7.4)
        }
        if (outcome instanceof CoroutineExit exit) {
            Throwable failure = suppressedFailure(exit);
            if (failure == null) {
                return null;
            }
            throw raised(failure); // a resource's close() failed under the request: Python's with raises it (7.10)
        }
        throw raised((Throwable) outcome);
    }

    /**
     * What a close request (or the unwinding of a dropped body) that came out of the body carries: the
     * failures a try-with-resources suppressed under it, the first with the others attached to it; null
     * when there are none (rule 7.10).
     */
    static Throwable suppressedFailure(Throwable request) {
        Throwable[] suppressed = request.getSuppressed();
        if (suppressed.length == 0) {
            return null;
        }
        for (int i = 1; i < suppressed.length; i++) {
            suppressed[0].addSuppressed(suppressed[i]);
        }
        return suppressed[0];
    }

    /** PEP 479: an exhaustion signal leaking out of the body must not look like a normal end (rule 5.4). */
    private static RuntimeException raised(Throwable t) {
        if (t instanceof CoroutineExhaustedException leaked) {
            throw new ExhaustionLeakedException(leaked);
        }
        throw Sneaky.raise(t);
    }

    private void registerFinalizer() {
        if (finalizeWhenAbandoned) {
            Finalizer f = new Finalizer(engine); // the action must not capture this
            f.registration = CLEANER.register(this, f);
            finalizer = f;
        }
    }

    private void end() {
        state = State.CLOSED;
        Finalizer f = finalizer;
        if (f != null) {
            finalizer = null;
            f.ended = true;
            f.registration.clean(); // deregisters; the action then does nothing
        }
    }

    /**
     * The Cleaner's action: finalizes the engine of a coroutine that became unreachable while SUSPENDED
     * (rules 10.1, 10.3, 10.5). {@code Cleanable.clean()} on an ended coroutine also runs it, so it checks.
     */
    private static final class Finalizer implements Runnable {
        private final Engine<?, ?> engine;
        private volatile boolean ended;
        private Cleaner.Cleanable registration;

        Finalizer(Engine<?, ?> engine) {
            this.engine = engine;
        }

        @Override
        public void run() {
            if (!ended) {
                engine.abandon();
            }
        }
    }

    @Override
    public String toString() {
        return "Coroutine[" + state + ", " + engine + "]";
    }
}

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
    private Cleaner.Cleanable finalizer;

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
        if (outcome instanceof CoroutineExit) {
            return null;
        }
        throw raised((Throwable) outcome);
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
            Engine<I, O> e = engine; // the action must not capture this
            finalizer = CLEANER.register(this, e::abandon);
        }
    }

    private void end() {
        state = State.CLOSED;
        Cleaner.Cleanable f = finalizer;
        if (f != null) {
            finalizer = null;
            f.clean(); // deregisters; abandon() on an ended body does nothing
        }
    }

    @Override
    public String toString() {
        return "Coroutine[" + state + ", " + engine + "]";
    }
}

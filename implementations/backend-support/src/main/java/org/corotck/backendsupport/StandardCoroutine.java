package org.corotck.backendsupport;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Cleaner;
import java.util.Objects;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineDroppedError;
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
 * once (rules 8.1-8.4). The CAS that claims a coroutine before a step reads (acquires) the release store
 * that ended the step before it, so each caller sees the body's writes and the body the caller's (rules
 * 8.5, 8.6; the engine supplies the edge to and from a body on another thread). A step that suspends ends
 * with a release store, not a full volatile one: nothing here needs the store ordered before a later load.
 *
 * <p>Delegation ({@code yield from}) is followed from the caller's side, as PEP 380's {@code gi_yieldfrom}
 * chain: when an engine answers {@link Engine#DELEGATED}, this class drives the sub-coroutine itself, and
 * a later send, throwInto or close of the delegator reaches the innermost coroutine and steps that one's
 * engine alone. Every coroutine of the chain is RUNNING while the innermost runs, so a call to any of them
 * fails with AlreadyExecutingException (rules 8.x, 9.8). A delegator's engine runs again only when its sub
 * returns, raises or is closed. A sub that is not a StandardCoroutine, or one that is not free to run
 * (RUNNING elsewhere, CLOSED), is called through the {@link Coroutine} interface instead (rule 9.9): what
 * that call returns or throws is what the delegator gets. No backend pays a transfer of control or a
 * nested call per level.
 *
 * <p>A send or throwInto of the top of a {@link DelegationChain} costs the same at any depth: it claims the
 * top and holds the chain (two compare-and-sets), steps the innermost engine, and lets both go when it
 * yields; the coroutines between are not visited and report RUNNING from the hold. Anything else (a return
 * or raise of the innermost, a new delegation, a close request, a call that starts below the top) claims
 * the coroutines it passes one by one, as below.
 */
public final class StandardCoroutine<I, O> implements Coroutine<I, O> {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final VarHandle STATE;
    /** What a call asks of a coroutine of a delegation chain. */
    private static final int SEND = 0, THROW = 1, CLOSE = 2;
    /** Phases of {@link #chain} besides an engine's answer: descend to the innermost, or step an engine. */
    private static final int DESCEND = -1, STEP = -2;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(StandardCoroutine.class, "state", State.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Engine<I, O> engine;
    private final boolean finalizeWhenAbandoned;
    /** The field's own claim; a member of a held chain below its top reports RUNNING without it (see state()). */
    private volatile State state = State.CREATED;
    /** Registered when the body starts, so that CREATED coroutines cost the Cleaner nothing (rule 10.2). */
    private Finalizer finalizer;
    /*
     * The delegation chain. Plain fields, read and written only by the caller that holds this coroutine
     * RUNNING; the CAS that claims it and the store that releases it order them as they order the body.
     */
    /** While the body is suspended at a delegation: the sub-coroutine (PEP 380's gi_yieldfrom), else null. */
    private Coroutine<? super I, ? extends O> delegate;
    /** While RUNNING below another coroutine of a chain: the delegator the call came down from, else null. */
    private StandardCoroutine<?, ?> delegator;
    /** While RUNNING: whether the call asks this coroutine to close (then a yield fails its close, rule 7.6). */
    private boolean closing;
    /**
     * The delegation chain this coroutine is a member of, else null; written by the call that holds this
     * coroutine (claimed, or as a member of a chain it holds). A retired chain is dropped by the next call.
     */
    private DelegationChain chain;
    /** Whether this coroutine is its chain's top, the one coroutine of the chain whose calls hold it. */
    private boolean chainTop;

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
        State s = state;
        if (s == State.SUSPENDED && !chainTop) {
            DelegationChain c = chain;
            if (c != null && c.held()) {
                return State.RUNNING; // a call on the chain's top runs through this coroutine (rule 9.8)
            }
        }
        return s;
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
                        return afterStep(runStep(null, null), null);
                    }
                }
                case SUSPENDED -> {
                    if (STATE.compareAndSet(this, s, State.RUNNING)) {
                        return delegate == null && chain == null ? afterStep(runStep(value, null), null) : yielded(entered(SEND, value, null));
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
                        return delegate == null && chain == null ? afterStep(runStep(null, error), error) : yielded(entered(THROW, null, error));
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
                        return delegate == null && chain == null ? afterClose(runStep(null, new CoroutineExit())) : entered(CLOSE, null, null);
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

    /** What a step the caller began, with {@code thrown} raised in the body (null for a send), comes to. */
    private O afterStep(int kind, Throwable thrown) {
        Object outcome = engine.outcome(); // read before the state is published: the next step overwrites it
        if (kind == Engine.YIELDED) {
            STATE.setRelease(this, State.SUSPENDED);
            return yielded(outcome);
        }
        if (kind == Engine.DELEGATED) {
            closing = false;
            return yielded(chain(SEND, null, null, this, kind, outcome, null));
        }
        end();
        if (kind == Engine.RETURNED) {
            throw new CoroutineExhaustedException(outcome);
        }
        throw raised(underThrownExit(thrown, (Throwable) outcome));
    }

    /**
     * What the caller gets when {@code out} came out of a body that was thrown {@code thrown}: the failures a
     * try-with-resources suppressed under a thrown CoroutineExit that came back out, as under close()'s own
     * request (rules 6.7, 7.10: Python's {@code with} raises them under {@code throw(GeneratorExit)} too); else
     * {@code out} itself.
     */
    private static Throwable underThrownExit(Throwable thrown, Throwable out) {
        if (out == thrown && out instanceof CoroutineExit) {
            Throwable failure = suppressedFailure(out);
            if (failure != null) {
                return failure;
            }
        }
        return out;
    }

    private Object afterClose(int kind) {
        Object outcome = engine.outcome();
        if (kind == Engine.YIELDED) {
            STATE.setRelease(this, State.SUSPENDED);
            throw new IgnoredExitException();
        }
        if (kind == Engine.DELEGATED) {
            closing = true;
            return chain(CLOSE, null, null, this, kind, outcome, null);
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
     * when there are none (rule 7.10). A resource whose close() raised a CoroutineExit (or, while a dropped
     * body unwinds, a CoroutineDroppedError) raised no failure but a request, passed over: Python's close()
     * swallows a GeneratorExit an {@code __exit__} raises (rule 7.5). Unlike Python, whose outermost
     * {@code __exit__} wins, the first failure wins over a later request, as in Java's try-with-resources.
     */
    static Throwable suppressedFailure(Throwable request) {
        Throwable first = null;
        for (Throwable s : request.getSuppressed()) {
            if (s instanceof CoroutineExit || s instanceof CoroutineDroppedError) {
                continue;
            }
            if (first == null) {
                first = s;
            } else if (s != first) { // one instance thrown by two resources: Java refuses self-suppression
                first.addSuppressed(s);
            }
        }
        return first;
    }

    @SuppressWarnings("unchecked")
    private O yielded(Object value) {
        return (O) value;
    }

    /**
     * A call on this coroutine, just claimed, that may concern a delegation chain: a call on the top of one
     * holds it; a call on another member finds it held by a call on the top (this coroutine is then RUNNING
     * in that call: rule 9.8) or retires it and goes on as a coroutine outside any chain.
     */
    private Object entered(int op, Object sent, Throwable thrown) {
        DelegationChain c = chain;
        DelegationChain held = null;
        if (c != null) {
            if (chainTop && c.acquire()) {
                held = c;
            } else if (!chainTop && c.heldOrRetire()) {
                STATE.setRelease(this, State.SUSPENDED);
                throw new AlreadyExecutingException();
            } else {
                leaveChain();
            }
        }
        if (delegate != null) {
            return followChain(op, sent, thrown, held);
        }
        // The bottom of a chain just retired (a top always delegates): a plain step.
        return op == CLOSE ? afterClose(runStep(null, new CoroutineExit())) : afterStep(runStep(op == SEND ? yieldedInput(sent) : null, thrown), thrown);
    }

    @SuppressWarnings("unchecked")
    private I yieldedInput(Object sent) {
        return (I) sent;
    }

    private void leaveChain() {
        chain = null;
        chainTop = false;
    }

    /**
     * A call on this coroutine, already claimed, while it delegates. The common case on the way: a send or
     * throwInto that yields from the innermost coroutine. With {@code held}, this coroutine's chain, that
     * costs one step of the chain's bottom; without, every coroutine of the chain is claimed, walked down and
     * released on the way up. Anything else continues in {@link #chain}.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object followChain(int op, Object sent, Throwable thrown, DelegationChain held) {
        closing = op == CLOSE;
        if (closing || thrown instanceof CoroutineExit) {
            return chain(op, sent, thrown, this, DESCEND, null, held);
        }
        StandardCoroutine at = this;
        if (held != null) {
            at = held.bottom;
            if (at.delegate != null) { // the chain ends in a delegation to a coroutine outside it
                return chain(op, sent, thrown, this, DESCEND, null, held);
            }
        } else {
            for (Coroutine sub; (sub = at.delegate) != null; at = (StandardCoroutine) sub) {
                if (!(sub instanceof StandardCoroutine s) || !s.claimAsSub(op, sent, null, false)) {
                    return chain(op, sent, thrown, at, DESCEND, null, null);
                }
                s.delegator = at;
                s.closing = false;
            }
        }
        Engine e = at.engine;
        int kind;
        Object out;
        try {
            kind = e.step(sent, thrown);
            out = e.outcome();
        } catch (Throwable engineFailure) {
            kind = Engine.RAISED;
            out = engineFailure;
        }
        if (kind == Engine.YIELDED) {
            if (held != null) {
                held.release(); // before the top: only a call that holds the top may take the chain
            } else {
                for (StandardCoroutine up; at != this; at = up) {
                    up = at.delegator;
                    at.delegator = null;
                    STATE.setRelease(at, State.SUSPENDED);
                }
            }
            STATE.setRelease(this, State.SUSPENDED);
            return out;
        }
        if (held != null) {
            claimMembersDownTo(at);
        }
        return chain(op, sent, thrown, at, kind, out, held);
    }

    /** Claims, one by one, the members of this coroutine's held chain below it, down to {@code bottom}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void claimMembersDownTo(StandardCoroutine bottom) {
        for (StandardCoroutine at = this; at != bottom; ) {
            StandardCoroutine sub = (StandardCoroutine) at.delegate;
            sub.claimInHeldChain();
            sub.delegator = at;
            sub.closing = false;
            at = sub;
        }
    }

    /**
     * Claims a member of a chain that this call holds. No other call claims it for more than an instant:
     * one that starts at it finds the chain held and lets it go at once.
     */
    private void claimInHeldChain() {
        for (int spins = 0; !STATE.compareAndSet(this, State.SUSPENDED, State.RUNNING); spins++) {
            State s = state;
            if (s != State.RUNNING && s != State.SUSPENDED) { // SUSPENDED again: that call let it go; try again
                throw new IllegalStateException(this + " is a member of a held delegation chain");
            }
            if (spins < 100) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /**
     * One call on this coroutine, already claimed, once a delegation is involved, from where
     * {@link #followChain} or a step left it: it descends the chain of delegations to the innermost
     * coroutine, claiming each, steps that one's engine, and carries the answer back up: a yield releases
     * every coroutine it passes and reaches the caller; a return or raise ends the coroutine that made it
     * and resumes its delegator's engine with it; a new delegation descends again. Iterative, so a chain's
     * depth costs no stack.
     *
     * <p>Close requests are passed down as PEP 380 does (rules 9.4-9.6): a coroutine asked to close, or
     * thrown a CoroutineExit, first closes its sub; when that close succeeds a close request is raised in
     * it (the thrown instance itself for the top's throwInto, 9.5), and when it fails the failure is raised
     * instead. A coroutine being closed that yields has ignored the request: its close fails with
     * IgnoredExitException, which its delegator gets (7.6, 9.6).
     *
     * @param topOp what the caller asked of this coroutine (whose {@link #closing} is set accordingly):
     *     {@link #SEND} (with {@code sent}), {@link #THROW} (with {@code thrown}) or {@link #CLOSE}
     * @param at the claimed coroutine of the chain to go on from
     * @param kind {@link #DESCEND} to go on by descending from {@code at} with {@code topOp}, or the answer
     *     {@code at}'s engine just gave, with {@code out}
     * @param held this coroutine's {@link DelegationChain} when this call holds it (its members down to
     *     {@code at} claimed), else null; a delegation of this coroutine, or of the held chain's bottom, to a
     *     free sub that does not delegate itself makes the sub the chain's bottom (forming the chain first)
     * @return the value yielded to the caller, or, for {@link #CLOSE}, close()'s value
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object chain(int topOp, Object sent, Throwable thrown, StandardCoroutine at, int kind, Object out,
                         DelegationChain held) {
        final Throwable topThrown = thrown;
        int op = topOp; // while descending: what the call asks of `at` (below a close request, a close)
        boolean fresh = false; // while descending: `at` has just delegated (rather than being in a delegation)
        boolean resumeReturned = false; // for STEP: resume `at`'s engine with a sub's return value...
        Object resumeValue = null; // ...or with this value sent...
        Throwable resumeThrown = null; // ...or with this exception raised
        for (;;) {
            switch (kind) {
                case DESCEND -> {
                    Coroutine sub = at.delegate;
                    if (sub == null) { // the innermost: the operation reaches its body
                        resumeReturned = false;
                        resumeValue = op == SEND ? sent : null;
                        resumeThrown = op == SEND ? null : op == THROW ? thrown : new CoroutineExit();
                        kind = STEP;
                        continue;
                    }
                    int subOp = op == SEND ? SEND : op == THROW && !(thrown instanceof CoroutineExit) ? THROW : CLOSE;
                    boolean delegatedNow = fresh;
                    fresh = false;
                    if (sub instanceof StandardCoroutine s && s.claimAsSub(subOp, sent, held, delegatedNow)) {
                        if (delegatedNow && s.chain == null && s.delegate == null) {
                            if (held != null && at == held.bottom) {
                                s.chain = held;
                                held.bottom = s;
                            } else if (held == null && at == this && chain == null) {
                                held = new DelegationChain(s);
                                chain = held;
                                chainTop = true;
                                s.chain = held;
                            }
                        }
                        s.delegator = at;
                        s.closing = subOp == CLOSE;
                        at = s;
                        op = subOp;
                        continue;
                    }
                    // Not ours, or not free to run: the operation through the interface, as any caller would.
                    Object value = null;
                    Throwable failure = null;
                    boolean subYielded = false;
                    try {
                        if (subOp == CLOSE) {
                            sub.close();
                        } else {
                            value = subOp == SEND ? sub.send(sent) : sub.throwInto(thrown);
                            subYielded = true;
                        }
                    } catch (Throwable t) {
                        failure = t;
                    }
                    if (subYielded) { // `at` yields what its sub yielded and stays in the delegation
                        kind = Engine.YIELDED;
                        out = value;
                        continue;
                    }
                    at.delegate = null;
                    // an exhaustion is the sub's return even out of its close(): CPython's yield from takes a
                    // StopIteration out of the sub's close() as its value too (rules 9.4, 9.5)
                    resumeReturned = failure instanceof CoroutineExhaustedException;
                    resumeValue = resumeReturned ? ((CoroutineExhaustedException) failure).value() : null;
                    resumeThrown = resumeReturned ? null : failure != null ? failure : exitFor(at, topOp, topThrown);
                    kind = STEP;
                }
                case STEP -> {
                    Engine e = at.engine;
                    try {
                        kind = resumeReturned ? e.stepReturned(resumeValue) : e.step(resumeValue, resumeThrown);
                        out = e.outcome();
                    } catch (Throwable engineFailure) { // not the body's failure: the engine's own
                        kind = Engine.RAISED;
                        out = engineFailure;
                    }
                    resumeValue = null;
                    resumeThrown = null;
                }
                case Engine.DELEGATED -> {
                    if (out == null) { // an engine's bug, reported as its failure
                        kind = Engine.RAISED;
                        out = new NullPointerException(at.engine + " delegated to null");
                        continue;
                    }
                    at.delegate = (Coroutine) out;
                    op = SEND; // PEP 380 starts the sub with next()
                    sent = null;
                    fresh = true;
                    kind = DESCEND;
                }
                case Engine.YIELDED -> {
                    StandardCoroutine up = at == this ? null : at.delegator;
                    at.delegator = null;
                    if (at.closing && held != null && at != this && at.chain == held) {
                        held = leftChain(at, up, held); // its delegator lets it go, suspended
                    }
                    if (at == this && held != null) {
                        held.release(); // before the top: only a call that holds the top may take the chain
                    }
                    STATE.setRelease(at, State.SUSPENDED);
                    if (at.closing) { // it yielded instead of closing (7.6): its close fails
                        IgnoredExitException ignored = new IgnoredExitException();
                        if (up == null) {
                            throw ignored;
                        }
                        up.delegate = null;
                        at = up;
                        resumeReturned = false;
                        resumeThrown = ignored;
                        kind = STEP;
                    } else if (up == null) {
                        return out;
                    } else {
                        at = up; // the delegator yields the same value
                    }
                }
                default -> { // RETURNED or RAISED: `at` has ended
                    StandardCoroutine up = at == this ? null : at.delegator;
                    at.delegator = null;
                    if (held != null && at != this && at.chain == held) {
                        held = leftChain(at, up, held);
                    }
                    at.end();
                    boolean closed = at.closing && (kind == Engine.RETURNED || out instanceof CoroutineExit);
                    Throwable underClose = closed && out instanceof CoroutineExit exit ? suppressedFailure(exit) : null;
                    if (underClose != null) { // a resource failed under the request: not a clean close (7.10)
                        closed = false;
                        kind = Engine.RAISED;
                        out = underClose;
                    }
                    if (up == null) {
                        if (kind == Engine.RETURNED) {
                            if (closing) {
                                return out; // rule 7.4
                            }
                            throw new CoroutineExhaustedException(out);
                        }
                        if (closed) {
                            return null;
                        }
                        throw raised(topOp == THROW ? underThrownExit(topThrown, (Throwable) out) : (Throwable) out);
                    }
                    up.delegate = null;
                    resumeReturned = kind == Engine.RETURNED && !closed;
                    resumeValue = resumeReturned ? out : null;
                    resumeThrown = resumeReturned ? null : closed ? exitFor(up, topOp, topThrown) : leakChecked((Throwable) out);
                    at = up;
                    kind = STEP;
                }
            }
        }
    }

    /**
     * The bottom {@code member} of the held chain leaves it (it ended, or it stays suspended after ignoring
     * a close request): its delegator {@code up} is the bottom now. Returns the chain still held, or null
     * when {@code up} is this coroutine, the top, which is then in no chain.
     */
    @SuppressWarnings("rawtypes")
    private DelegationChain leftChain(StandardCoroutine member, StandardCoroutine up, DelegationChain held) {
        member.chain = null;
        if (up == this) {
            leaveChain(); // the chain had two members: nobody else refers to it
            return null;
        }
        held.bottom = up;
        return held;
    }

    /**
     * Claims this coroutine for a call coming down a delegation chain: true when it was SUSPENDED, or
     * CREATED and the call starts it; false when the call must go through the public method instead:
     * it is RUNNING or CLOSED, or it is the top of a chain of its own (whose calls hold that chain), or a
     * call on its chain's top runs through it. {@code held} is the chain this call holds, if any; a member
     * of it is claimed as such, unless {@code delegatedNow}: a coroutine delegating to a member of its own
     * running chain delegates to a RUNNING coroutine (rule 9.11).
     */
    private boolean claimAsSub(int op, Object sent, DelegationChain held, boolean delegatedNow) {
        if (held != null && chain == held) {
            if (delegatedNow) {
                return false;
            }
            claimInHeldChain();
            return true;
        }
        for (;;) {
            State s = state;
            if (s == State.SUSPENDED) {
                if (STATE.compareAndSet(this, s, State.RUNNING)) {
                    DelegationChain c = chain;
                    if (c != null) {
                        if (chainTop || c.heldOrRetire()) {
                            STATE.setRelease(this, State.SUSPENDED);
                            return false;
                        }
                        leaveChain();
                    }
                    return true;
                }
            } else if (s == State.CREATED && op == SEND && sent == null) {
                if (STATE.compareAndSet(this, s, State.RUNNING)) {
                    registerFinalizer();
                    return true;
                }
            } else {
                return false;
            }
        }
    }

    /** The close request raised in a delegator once its sub closed: the top's own thrown exit (9.5), else a fresh one. */
    private Throwable exitFor(StandardCoroutine<?, ?> delegator, int topOp, Throwable topThrown) {
        return delegator == this && topOp == THROW ? topThrown : new CoroutineExit();
    }

    /**
     * Closes a delegator's sub-coroutine through the interface and says what to raise in the delegator then:
     * {@code request} when the close succeeded, else its failure (rules 9.4-9.6), unless the sub's close() ended
     * it with an exhaustion, which is its return ({@link #subReturned}). For engines finalizing an abandoned
     * delegator, which has no caller to follow the chain.
     */
    public static Throwable closeSub(Coroutine<?, ?> sub, Throwable request) {
        try {
            sub.close();
            return request;
        } catch (Throwable failure) {
            return failure;
        }
    }

    /**
     * Whether what {@link #closeSub} gave for {@code request} is the sub's return rather than something to raise:
     * an exhaustion out of its close(), which the delegator resumes with as its delegation's value (rules 9.4,
     * 10.1), as it would under a caller's close().
     */
    public static boolean subReturned(Throwable closed, Throwable request) {
        return closed != request && closed instanceof CoroutineExhaustedException;
    }

    /** What a delegator gets when its sub raised {@code t}: PEP 479 applies at the sub's boundary (rules 5.4, 9.7). */
    private static Throwable leakChecked(Throwable t) {
        return t instanceof CoroutineExhaustedException leaked ? new ExhaustionLeakedException(leaked) : t;
    }

    /** PEP 479: an exhaustion signal leaking out of the body must not look like a normal end (rule 5.4). */
    private static RuntimeException raised(Throwable t) {
        throw Sneaky.raise(leakChecked(t));
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

    /** Whether a finalizer is registered for this coroutine: from its start to its end, when it finalizes abandoned ones. */
    boolean registeredForFinalization() {
        return finalizer != null;
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
        return "Coroutine[" + state + ", " + engine + (delegate != null ? ", delegating" : "") + "]";
    }
}

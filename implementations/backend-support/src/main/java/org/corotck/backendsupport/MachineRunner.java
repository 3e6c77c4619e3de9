package org.corotck.backendsupport;

import java.util.Objects;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/**
 * Runs a {@link StateMachine} body one step at a time. The state-machine backend uses it as its engine;
 * stackful backends drive it from their yielder (see {@link StackfulEngine#drive}).
 *
 * <p>A {@link Step.Delegate} is answered as {@link Engine#DELEGATED}: {@link StandardCoroutine} follows the
 * delegation from the caller's side and comes back with the sub-coroutine's return value
 * ({@link #stepReturned}) or with what it raised ({@link #step}), so this class forwards nothing itself.
 *
 * <p>The answers are tested with {@code instanceof}, the yield, the common one, first. C2 inlines a step of
 * a machine whose call site sees one class into {@code send}, and escape analysis then removes the
 * {@link Step.Yield} the machine allocated: a state-machine send allocates only the boxed value the
 * averager yields (24 B, {@code -prof gc}).
 */
public final class MachineRunner<I, O> implements Engine<I, O> {
    private final StateMachine<I, O> machine;
    /** The sub-coroutine of a delegation in progress, else null; finalizing an abandoned delegator closes it first (9.4). */
    private Coroutine<? super I, ? extends O> delegate;
    private Object outcome;

    public MachineRunner(StateMachine<I, O> machine) {
        this.machine = Objects.requireNonNull(machine, "machine");
    }

    @Override
    public Object outcome() {
        return outcome;
    }

    @Override
    public int step(I sent, Throwable thrown) {
        delegate = null;
        try {
            return perform(thrown != null ? machine.resumeThrowing(thrown) : machine.resume(sent));
        } catch (Throwable t) {
            outcome = t;
            return RAISED;
        }
    }

    @Override
    public int stepReturned(Object value) {
        delegate = null;
        try {
            return perform(machine.resumeReturned(value)); // 9.3, 9.10
        } catch (Throwable t) {
            outcome = t;
            return RAISED;
        }
    }

    private int perform(Step<I, O> next) {
        if (next instanceof Step.Yield<I, O> y) {
            outcome = y.value();
            return YIELDED;
        }
        if (next instanceof Step.Return<I, O> r) {
            outcome = r.value();
            return RETURNED;
        }
        if (next instanceof Step.Raise<I, O> r) {
            outcome = r.error();
            return RAISED;
        }
        if (next instanceof Step.Delegate<I, O> d) {
            delegate = d.to();
            outcome = delegate;
            return DELEGATED;
        }
        outcome = new NullPointerException(machine.getClass().getName() + " answered null instead of a Step");
        return RAISED;
    }

    /**
     * Finalizes a machine whose coroutine became unreachable while SUSPENDED, on the finalizing thread: one
     * close request (after closing the sub-coroutine first when it was delegating, rule 9.4); what it raises
     * is reported, and if it yields it is reported and dropped: this runner is never stepped again (rules
     * 10.1, 10.3, 10.5). A delegation it starts meanwhile has no caller to follow it, so it is run here: the
     * sub's first value is a yield of this machine.
     */
    @Override
    public void abandon() {
        CoroutineExit request = new CoroutineExit();
        Coroutine<? super I, ? extends O> sub = delegate;
        Throwable raise = sub == null ? request : StandardCoroutine.closeSub(sub, request);
        int kind = StandardCoroutine.subReturned(raise, request)
                ? stepReturned(((CoroutineExhaustedException) raise).value()) : step(null, raise);
        while (kind == DELEGATED) {
            try {
                delegate.next();
                kind = YIELDED;
            } catch (CoroutineExhaustedException done) {
                kind = stepReturned(done.value());
            } catch (Throwable failure) {
                kind = step(null, failure);
            }
        }
        if (kind == YIELDED) {
            Finalization.ignored(request);
        } else if (kind == RAISED) {
            Finalization.raised((Throwable) outcome);
        }
        delegate = null;
        outcome = null;
    }

    @Override
    public String toString() {
        return "state machine " + machine.getClass().getName() + (delegate != null ? ", delegating" : "");
    }
}

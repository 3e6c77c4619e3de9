package org.corotck.support;

import java.util.Objects;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/**
 * Runs a {@link StateMachine} body one step at a time, delegation included: the one implementation of
 * PEP 380's forwarding (rules 9.x). The state-machine backend uses it as its engine; stackful backends
 * drive it from their yielder (see {@link StackfulEngine#drive}), and their {@code yieldFrom} is a
 * one-step delegating machine run the same way.
 */
public final class MachineRunner<I, O> implements Engine<I, O> {
    private final StateMachine<I, O> machine;
    /** The sub-coroutine of a delegation in progress, else null. */
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
        try {
            Step<I, O> next = delegate != null ? forward(sent, thrown)
                    : thrown != null ? machine.resumeThrowing(thrown)
                    : machine.resume(sent);
            return perform(next);
        } catch (Throwable t) {
            return end(Engine.RAISED, t);
        }
    }

    /** Acts on the machine's answer; a delegation's first value, return or raise loops back into the machine. */
    private int perform(Step<I, O> next) throws Exception {
        for (;;) {
            switch (next) {
                case Step.Yield<I, O> y -> {
                    outcome = y.value();
                    return Engine.YIELDED;
                }
                case Step.Return<I, O> r -> {
                    return end(Engine.RETURNED, r.value());
                }
                case Step.Raise<I, O> r -> {
                    return end(Engine.RAISED, r.error());
                }
                case Step.Delegate<I, O> d -> {
                    delegate = d.to();
                    try {
                        outcome = delegate.next();
                        return Engine.YIELDED;
                    } catch (CoroutineExhaustedException done) {
                        delegate = null;
                        next = machine.resumeReturned(done.value()); // 9.3, 9.10
                    } catch (Throwable failure) {
                        delegate = null;
                        next = machine.resumeThrowing(failure); // 9.7
                    }
                }
            }
        }
    }

    /**
     * A step while delegating: the sub-coroutine gets the send or the exception (9.1, 9.2); a close request
     * closes it and is then raised in this body (9.4, 9.5). Returns the machine's next answer, or a Yield
     * of what the sub-coroutine yielded.
     */
    private Step<I, O> forward(I sent, Throwable thrown) throws Exception {
        Coroutine<? super I, ? extends O> sub = delegate;
        if (thrown instanceof CoroutineExit) {
            delegate = null;
            Throwable raise = thrown;
            try {
                sub.close(); // what it returns is discarded (9.4)
            } catch (Throwable closeFailed) {
                raise = closeFailed; // its IgnoredExitException or failure replaces the request (9.5, 9.6)
            }
            return machine.resumeThrowing(raise); // outside the try: the body's own failure is its outcome
        }
        try {
            O value = thrown != null ? sub.throwInto(thrown) : sub.send(sent);
            return Step.yield(value);
        } catch (CoroutineExhaustedException done) {
            delegate = null;
            return machine.resumeReturned(done.value());
        } catch (Throwable failure) {
            delegate = null;
            return machine.resumeThrowing(failure);
        }
    }

    /**
     * Finalizes a machine whose coroutine became unreachable while SUSPENDED, on the finalizing thread: one
     * close request; what it raises is reported, and if it yields it is reported and dropped: this runner is
     * never stepped again (rules 10.1, 10.3, 10.5).
     */
    @Override
    public void abandon() {
        CoroutineExit request = new CoroutineExit();
        int kind = step(null, request);
        if (kind == Engine.YIELDED) {
            Finalization.ignored(request);
        } else if (kind == Engine.RAISED) {
            Finalization.raised((Throwable) outcome);
        }
        outcome = null;
    }

    private int end(int kind, Object value) {
        delegate = null;
        outcome = value;
        return kind;
    }

    @Override
    public String toString() {
        return "state machine " + machine.getClass().getName() + (delegate != null ? ", delegating" : "");
    }
}

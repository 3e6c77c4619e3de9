package org.corotck.selftest;

import java.util.Objects;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/** A state machine that forwards every step to the body's own; a mutant overrides the one it gets wrong. */
public class ForwardingMachine<I, O> implements StateMachine<I, O> {
    protected final StateMachine<I, O> correct;

    public ForwardingMachine(StateMachine<I, O> correct) {
        this.correct = Objects.requireNonNull(correct, "correct");
    }

    @Override
    public Step<I, O> resume(I sent) throws Exception {
        return correct.resume(sent);
    }

    @Override
    public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
        return correct.resumeThrowing(thrown);
    }

    @Override
    public Step<I, O> resumeReturned(Object value) throws Exception {
        return correct.resumeReturned(value);
    }
}

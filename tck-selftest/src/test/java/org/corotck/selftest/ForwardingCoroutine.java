package org.corotck.selftest;

import java.util.Objects;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

/**
 * A coroutine that forwards every operation to a correct one; a mutant overrides the one it gets wrong.
 * {@code next()} is left to {@link Coroutine#next()}, which calls {@link #send}, so a faulty send is a
 * faulty next too.
 */
public class ForwardingCoroutine<I, O> implements Coroutine<I, O> {
    protected final Coroutine<I, O> correct;

    public ForwardingCoroutine(Coroutine<I, O> correct) {
        this.correct = Objects.requireNonNull(correct, "correct");
    }

    @Override
    public O send(I value) {
        return correct.send(value);
    }

    @Override
    public O throwInto(Throwable error) {
        return correct.throwInto(error);
    }

    @Override
    public Object close() {
        return correct.close();
    }

    @Override
    public State state() {
        return correct.state();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + correct + ")";
    }
}

package org.corotck.selftest;

import java.util.Objects;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Yielder;

/** A body's yielder that forwards to the backend's own; a mutant overrides the suspension it gets wrong. */
public class ForwardingYielder<I, O> implements Yielder<I, O> {
    protected final Yielder<I, O> correct;

    public ForwardingYielder(Yielder<I, O> correct) {
        this.correct = Objects.requireNonNull(correct, "correct");
    }

    @Override
    public I yield(O value) {
        return correct.yield(value);
    }

    @Override
    public Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
        return correct.yieldFrom(sub);
    }
}

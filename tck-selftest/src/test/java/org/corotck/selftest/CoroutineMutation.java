package org.corotck.selftest;

import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;

/** A mutation that only decorates the coroutines the correct backend makes, in both body forms. */
public abstract class CoroutineMutation implements Mutation {

    /** The faulty coroutine around a correct one. */
    protected abstract <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct);

    @Override
    public final <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        return wrap(base.stackful(body));
    }

    @Override
    public final <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        return wrap(base.stateMachine(machine));
    }
}

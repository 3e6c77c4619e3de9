package org.corotck.selftest;

import org.corotck.spec.Coroutine;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;

/**
 * A mutation of state-machine bodies: the backend drives a faulty machine around the body's own, as if
 * its machine runner had the fault. Stackful bodies are left alone, so use it on a backend without
 * STACKFUL, where only the machine form runs.
 */
public abstract class MachineMutation implements Mutation {

    /** The faulty machine around the body's correct one. */
    protected abstract <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct);

    @Override
    public final <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        return base.stateMachine(wrap(machine));
    }
}

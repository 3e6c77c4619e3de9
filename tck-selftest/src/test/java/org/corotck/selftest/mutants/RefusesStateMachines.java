package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;

@Breaks(value = "11.2", how = "stateMachine(m) throws UnsupportedOperationException: the backend runs stackful bodies only")
public final class RefusesStateMachines implements Mutation {
    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        throw new UnsupportedOperationException("this backend runs stackful bodies only");
    }
}

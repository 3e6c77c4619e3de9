package org.corotck.tck.programs;

import java.util.EnumSet;
import java.util.Set;
import org.corotck.backendsupport.MachineRunner;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;

/** A state-machine backend for the TCK's own tests, built from the shared support classes. */
final class MachinesOnly implements Backend {
    @Override
    public String name() {
        return "machines-only (test)";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.RUNS_ON_CALLER_THREAD);
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        return new StandardCoroutine<>(new MachineRunner<>(machine), false);
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        throw new UnsupportedOperationException("test backend without STACKFUL");
    }
}

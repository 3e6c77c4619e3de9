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

/**
 * A state-machine backend for the TCK's own tests, built from the shared support classes; it finalizes an
 * abandoned coroutine (rule 10.1) only when made {@link #finalizing()}, as backend state-machine does.
 */
final class MachinesOnly implements Backend {
    private final boolean finalizeWhenAbandoned;

    MachinesOnly() {
        this(false);
    }

    private MachinesOnly(boolean finalizeWhenAbandoned) {
        this.finalizeWhenAbandoned = finalizeWhenAbandoned;
    }

    static MachinesOnly finalizing() {
        return new MachinesOnly(true);
    }

    @Override
    public String name() {
        return finalizeWhenAbandoned ? "finalizing machines (test)" : "machines-only (test)";
    }

    @Override
    public Set<Capability> capabilities() {
        return finalizeWhenAbandoned ? EnumSet.of(Capability.RUNS_ON_CALLER_THREAD, Capability.FINALIZES_ABANDONED)
                : EnumSet.of(Capability.RUNS_ON_CALLER_THREAD);
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        return new StandardCoroutine<>(new MachineRunner<>(machine), finalizeWhenAbandoned);
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        throw new UnsupportedOperationException("test backend without STACKFUL");
    }
}

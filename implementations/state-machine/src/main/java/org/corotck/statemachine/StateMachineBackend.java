package org.corotck.statemachine;

import java.util.Collections;
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
 * Backend {@code state-machine}: a state-machine body stepped directly on the caller's thread (rules
 * 11.2, 11.4), the floor for speed. It has no stack to suspend, so it refuses stackful bodies (rule
 * 11.3). It finalizes abandoned coroutines as the others do (FINALIZES_ABANDONED, rules 10.1, 10.3, 10.5):
 * a Cleaner raises one close request in a machine abandoned while suspended, on the Cleaner's thread, so
 * its exit handlers run as CPython runs a generator's on dealloc.
 */
public final class StateMachineBackend implements Backend {
    private static final Set<Capability> CAPABILITIES =
            Collections.unmodifiableSet(EnumSet.of(Capability.FINALIZES_ABANDONED, Capability.RUNS_ON_CALLER_THREAD));

    @Override
    public String name() {
        return "state-machine";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        return new StandardCoroutine<>(new MachineRunner<>(machine), true);
    }

    /** Refuses at once, before touching the body or creating anything (rule 11.3). */
    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        throw new UnsupportedOperationException("the coroutine backend 'state-machine' cannot run stackful bodies:"
                + " it has no stack to suspend; write the body as a StateMachine and use stateMachine(...),"
                + " or choose a backend that declares STACKFUL");
    }

    @Override
    public String toString() {
        return "coroutine backend state-machine";
    }
}

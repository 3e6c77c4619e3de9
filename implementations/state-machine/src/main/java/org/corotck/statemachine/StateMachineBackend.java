package org.corotck.statemachine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.corotck.support.MachineRunner;
import org.corotck.support.StandardCoroutine;

/**
 * Backend {@code state-machine}: a state-machine body stepped directly on the caller's thread (rules
 * 11.2, 11.4), the floor for speed. It has no stack to suspend, so it refuses stackful bodies (rule
 * 11.3), and it registers no Cleaner: an abandoned machine holds no thread and nothing that needs
 * closing, so it is simply collected; its finally-like handlers do not run (FINALIZES_ABANDONED, rule
 * 10.1, is not declared).
 */
public final class StateMachineBackend implements Backend {
    private static final Set<Capability> CAPABILITIES =
            Collections.unmodifiableSet(EnumSet.of(Capability.RUNS_ON_CALLER_THREAD));

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
        return new StandardCoroutine<>(new MachineRunner<>(machine), false);
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

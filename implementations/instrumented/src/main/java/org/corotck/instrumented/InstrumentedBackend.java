package org.corotck.instrumented;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.corotck.backendsupport.MachineRunner;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.instrumented.agent.InstrumentingAgent;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;

/**
 * Backend {@code instrumented}: stackful bodies written as plain Java, made resumable by this module's
 * agent as their classes load, and run on the caller's thread without a thread or a continuation
 * ({@link InstrumentedEngine}). Declares STACKFUL (rules 11.1, 11.5, 11.7, 12.6), FINALIZES_ABANDONED
 * (rules 10.1, 10.3) and RUNS_ON_CALLER_THREAD (rule 11.4). State-machine bodies need no agent; they are
 * stepped directly by support's {@link MachineRunner}, which finalizes them too.
 *
 * <p>Needs the agent for stackful bodies: {@value #AGENT_FLAG}, or {@link InstrumentingAgent#attach()} at
 * run time. Without it the backend is still listed,
 * so that {@code Backends.byName} works, but {@link #stackful} fails with an IllegalStateException that
 * says so.
 */
public final class InstrumentedBackend implements Backend {
    public static final String AGENT_FLAG = "-javaagent:<path to corotck-instrumented.jar>";
    /**
     * System property: {@code true} lets the first stackful body attach the agent itself
     * ({@link InstrumentingAgent#attach()}) when the JVM was started without it; the benchmarks' forks set it,
     * so that only forks that use this backend carry the agent.
     */
    public static final String ATTACH_PROPERTY = "corotck.instrumented.attach";

    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.of(
            Capability.STACKFUL, Capability.FINALIZES_ABANDONED, Capability.RUNS_ON_CALLER_THREAD));

    @Override
    public String name() {
        return "instrumented";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        Objects.requireNonNull(body, "body");
        if (!InstrumentingAgent.installed() && Boolean.getBoolean(ATTACH_PROPERTY)) {
            InstrumentingAgent.attach();
        }
        if (!InstrumentingAgent.installed()) {
            throw new IllegalStateException("the coroutine backend 'instrumented' needs its agent to make stackful"
                    + " bodies resumable: start the JVM with " + AGENT_FLAG + ", call InstrumentingAgent.attach() first, or set -D"
                    + ATTACH_PROPERTY + "=true");
        }
        return new StandardCoroutine<>(new InstrumentedEngine<>(body), true);
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        Objects.requireNonNull(machine, "machine");
        return new StandardCoroutine<>(new MachineRunner<>(machine), true);
    }

    @Override
    public String toString() {
        return "coroutine backend instrumented";
    }
}

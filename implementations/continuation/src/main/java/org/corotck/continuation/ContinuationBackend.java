package org.corotck.continuation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.corotck.backendsupport.StackfulEngine;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;

/**
 * Backend {@code continuation}: each body is a {@code jdk.internal.vm.Continuation} run on the caller's
 * thread ({@link ContinuationEngine}). Declares STACKFUL (rules 11.1, 11.5, 11.7, 12.6),
 * FINALIZES_ABANDONED (rules 10.1, 10.3) and RUNS_ON_CALLER_THREAD (rule 11.4); a state machine is
 * driven in a loop inside the continuation (rule 11.2).
 *
 * <p>Needs the JVM flag {@value #REQUIRED_FLAG}. Without it the backend is still listed, so that
 * {@code Backends.byName} works, but creating a coroutine fails with an IllegalStateException naming the
 * flag. Its frames live on the caller's stack while it runs, so the depth a body can yield from is set by
 * the calling thread's stack size.
 */
public final class ContinuationBackend implements Backend {
    public static final String REQUIRED_FLAG = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";

    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.of(
            Capability.STACKFUL, Capability.FINALIZES_ABANDONED, Capability.RUNS_ON_CALLER_THREAD));

    private final boolean continuationsAccessible;

    public ContinuationBackend() {
        this(Object.class.getModule().isExported("jdk.internal.vm", ContinuationBackend.class.getModule()));
    }

    /** For tests: as if the JVM flag were given or not. */
    ContinuationBackend(boolean continuationsAccessible) {
        this.continuationsAccessible = continuationsAccessible;
    }

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        Objects.requireNonNull(body, "body");
        if (!continuationsAccessible) {
            throw new IllegalStateException("the coroutine backend 'continuation' needs the JVM flag " + REQUIRED_FLAG);
        }
        return new StandardCoroutine<>(new ContinuationEngine<>(body), true);
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        Objects.requireNonNull(machine, "machine");
        return stackful(StackfulEngine.asStackful(machine));
    }

    @Override
    public String toString() {
        return "coroutine backend continuation";
    }
}

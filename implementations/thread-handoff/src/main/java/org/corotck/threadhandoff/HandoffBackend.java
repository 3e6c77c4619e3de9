package org.corotck.threadhandoff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import org.corotck.backendsupport.StackfulEngine;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;

/**
 * A backend that runs each body on a thread of its own ({@link ThreadEngine}); subclasses choose only
 * the kind of thread. Both body forms are stackful here: a state machine is driven in a loop on the
 * body's thread (rule 11.2). Declares STACKFUL (rules 11.1, 11.5, 11.7, 12.6) and FINALIZES_ABANDONED
 * (rules 10.1, 10.3): an abandoned suspended coroutine is closed by a Cleaner and its thread ends.
 *
 * <p>Body threads are daemons named {@code corotck-<name>-N}, and do not inherit the first caller's
 * inheritable thread-locals: later callers may be other threads, and such a value could keep the
 * coroutine reachable from its own body thread, which would stop its finalization.
 */
public abstract class HandoffBackend implements Backend {
    private static final Set<Capability> CAPABILITIES =
            Collections.unmodifiableSet(EnumSet.of(Capability.STACKFUL, Capability.FINALIZES_ABANDONED));

    private final String name;
    private final ThreadFactory bodyThreads;
    private final int spins;

    /**
     * @param name the backend's name, also in its threads' names
     * @param threads how to make body threads; this constructor sets its name and thread-local
     *     inheritance, then takes a factory from it
     * @throws IllegalArgumentException when the system property {@code corotck.handoff.spins} is not a
     *     whole number &gt;= 0
     */
    protected HandoffBackend(String name, Thread.Builder threads) {
        this.name = Objects.requireNonNull(name, "name");
        this.bodyThreads = threads.name("corotck-" + name + "-", 1).inheritInheritableThreadLocals(false).factory();
        this.spins = SpinBudget.fromSystemProperty();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public final <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        return new StandardCoroutine<>(new ThreadEngine<>(body, bodyThreads, spins), true);
    }

    @Override
    public final <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        Objects.requireNonNull(machine, "machine");
        return stackful(StackfulEngine.asStackful(machine));
    }

    @Override
    public String toString() {
        return "coroutine backend " + name;
    }
}

package org.corotck.selftest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;

/**
 * A correct backend with one {@link Mutation} applied: what the TCK must fail. Its name,
 * {@code mutant-<fault>}, is the mutation's class name in kebab case; its capabilities and live-coroutine hint are the base's.
 */
public final class MutantBackend implements Backend {
    private final Mutation mutation;
    private final Backend base;

    public MutantBackend(Mutation mutation, Supplier<Backend> base) {
        this.mutation = Objects.requireNonNull(mutation, "mutation");
        this.base = base.get();
        if (mutation.getClass().getAnnotation(Breaks.class) == null) {
            throw new IllegalArgumentException(mutation.getClass().getName() + " does not say which rule it breaks (@Breaks)");
        }
    }

    @Override
    public String name() {
        return "mutant-" + mutation.getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The rule ids the mutation breaks. */
    public List<String> breaks() {
        return List.of(mutation.getClass().getAnnotation(Breaks.class).value());
    }

    public Breaks fault() {
        return mutation.getClass().getAnnotation(Breaks.class);
    }

    public String baseName() {
        return base.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return base.capabilities();
    }

    /** The base's: the TCK sizes what it keeps alive at once by it (rule 9.13's chains: 1,000 threads on threads, not 10,000). */
    @Override
    public long liveCoroutineHint() {
        return base.liveCoroutineHint();
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        return mutation.stateMachine(base, machine);
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        return mutation.stackful(base, body);
    }

    /** Ends what the mutation leaked during a run; see {@link Mutation#cleanUp()}. */
    public void cleanUp() {
        mutation.cleanUp();
    }

    @Override
    public String toString() {
        return name() + " on " + base.name();
    }
}

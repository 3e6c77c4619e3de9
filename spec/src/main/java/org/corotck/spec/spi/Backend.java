package org.corotck.spec.spi;

import java.util.Set;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;

/**
 * A way to run coroutines: the service interface backends implement and the TCK and the benchmarks
 * code against. Registered in {@code META-INF/services/org.corotck.spec.spi.Backend} and found by
 * {@link #name()} through {@link Backends} (rule 11.6).
 */
public interface Backend {

    /** A short unique name, such as {@code threads}; what {@code -Dcorotck.backend} and {@code -p backend} take. */
    String name();

    /** What this backend can do; the TCK checks each claim, present or absent. */
    Set<Capability> capabilities();

    /** A CREATED coroutine running a state-machine body. Every backend supports this (rule 11.2). */
    <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine);

    /**
     * A CREATED coroutine running a stackful body.
     *
     * @throws UnsupportedOperationException when {@link Capability#STACKFUL} is absent (rule 11.3)
     */
    <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body);

    /**
     * How many of this backend's coroutines can be alive at once on a typical machine: a hint for benchmarks
     * and capacity planning, not a limit the backend enforces. A backend that spends a platform thread per
     * coroutine is bounded by the operating system long before the heap. The default, {@link Long#MAX_VALUE},
     * says that only memory bounds it.
     */
    default long liveCoroutineHint() {
        return Long.MAX_VALUE;
    }
}

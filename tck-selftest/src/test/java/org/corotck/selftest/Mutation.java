package org.corotck.selftest;

import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;

/**
 * One deliberate fault, applied on top of a correct backend by {@link MutantBackend}. A mutation wraps
 * what the backend makes (the coroutine, the body, the machine) and never copies backend code, so each
 * stays a few lines and breaks one rule, named by its {@link Breaks} annotation.
 */
public interface Mutation {

    default <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        return base.stackful(body);
    }

    default <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        return base.stateMachine(machine);
    }

    /** After the TCK run: end whatever the fault left running, so the self-test's JVM does not collect leaks. */
    default void cleanUp() {}
}

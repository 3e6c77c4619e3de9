package org.corotck.tck;

import java.util.Objects;
import java.util.function.Supplier;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;

/**
 * One coroutine body written in both forms, which must behave alike: what the rule tests run. Each call
 * makes a fresh body, since a state machine carries its own state.
 */
public interface Fixture<I, O> {

    StackfulBody<I, O> stackful();

    StateMachine<I, O> stateMachine();

    static <I, O> Fixture<I, O> of(Supplier<StackfulBody<I, O>> stackful, Supplier<StateMachine<I, O>> stateMachine) {
        Objects.requireNonNull(stackful, "stackful");
        Objects.requireNonNull(stateMachine, "stateMachine");
        return new Fixture<>() {
            @Override
            public StackfulBody<I, O> stackful() {
                return stackful.get();
            }

            @Override
            public StateMachine<I, O> stateMachine() {
                return stateMachine.get();
            }
        };
    }
}

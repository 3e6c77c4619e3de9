package org.corotck.spec;

import java.util.Objects;

/**
 * What a {@link StateMachine} does next.
 *
 * @param <I> values sent in
 * @param <O> values yielded out
 */
public sealed interface Step<I, O> {

    /** Suspend and hand {@code value} to the caller. */
    record Yield<I, O>(O value) implements Step<I, O> {}

    /** End normally with {@code value}, Python's {@code return value}. */
    record Return<I, O>(Object value) implements Step<I, O> {}

    /** Python's {@code yield from to}: its result comes back through {@link StateMachine#resumeReturned}. */
    record Delegate<I, O>(Coroutine<? super I, ? extends O> to) implements Step<I, O> {
        public Delegate {
            Objects.requireNonNull(to, "delegate target");
        }
    }

    /** End by raising {@code error}; the same instance reaches the caller. Checked exceptions allowed. */
    record Raise<I, O>(Throwable error) implements Step<I, O> {
        public Raise {
            Objects.requireNonNull(error, "error");
        }
    }

    static <I, O> Step<I, O> yield(O value) {
        return new Yield<>(value);
    }

    static <I, O> Step<I, O> done(Object value) {
        return new Return<>(value);
    }

    static <I, O> Step<I, O> delegate(Coroutine<? super I, ? extends O> to) {
        return new Delegate<>(to);
    }

    static <I, O> Step<I, O> raise(Throwable error) {
        return new Raise<>(error);
    }
}

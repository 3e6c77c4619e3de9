package org.corotck.spec;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Helpers around {@link Coroutine}: the notebook's priming decorator (rules 2.2, 2.3).
 */
public final class Coroutines {
    private Coroutines() {}

    /**
     * Advances a CREATED coroutine to its first yield and returns it SUSPENDED: Python's
     * {@code next(gen); return gen} (rule 2.2). The value of that first yield is discarded.
     */
    public static <I, O, C extends Coroutine<I, O>> C prime(C coroutine) {
        coroutine.next();
        return coroutine;
    }

    /**
     * The notebook's {@code @coroutine} decorator: wraps a factory so that every coroutine it makes
     * comes back primed (rule 2.3).
     */
    public static <I, O> Supplier<Coroutine<I, O>> primed(Supplier<? extends Coroutine<I, O>> factory) {
        return () -> prime(factory.get());
    }

    /** The decorator for a factory that takes an argument, like a generator function with parameters. */
    public static <A, I, O> Function<A, Coroutine<I, O>> primed(Function<A, ? extends Coroutine<I, O>> factory) {
        return argument -> prime(factory.apply(argument));
    }
}

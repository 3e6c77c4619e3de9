package org.corotck.spec;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Helpers around {@link Coroutine}: the notebook's priming decorator (rules 2.2, 2.3), {@code yield from}
 * an iterator (rule 9.12), and Python's {@code sys.unraisablehook} for errors nobody can receive (rules
 * 10.3, 10.5, 10.6).
 */
public final class Coroutines {
    /** The default unraisable handler: prints to {@code System.err}, as CPython's default hook does. */
    private static final Consumer<Throwable> PRINT_TO_STDERR = Coroutines::printUnraisable;

    private static volatile Consumer<? super Throwable> unraisable = PRINT_TO_STDERR;

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

    /**
     * An iterator as a coroutine, for Python's {@code yield from iterable}: {@code y.yieldFrom(Coroutines.of(it))}
     * or {@code Step.delegate(Coroutines.of(it))}. It behaves as CPython's list iterator does under
     * {@code yield from} (rule 9.12): {@code next()} gives the iterator's next element, and its end is
     * exhaustion with value null; an iterator cannot receive values, so {@code send(v)} with v not null
     * throws {@link UnsupportedOperationException} (Python's {@code AttributeError}) and changes nothing;
     * it has no handlers, so {@code throwInto(e)} throws {@code e} and {@code close()} returns null, both
     * ending it without calling the iterator again. Whatever the iterator throws reaches the caller and ends
     * it, a {@link CoroutineExhaustedException} as an {@link ExhaustionLeakedException} (rule 5.4). One call
     * at a time: a call while the iterator runs throws {@link AlreadyExecutingException}.
     */
    public static <I, O> Coroutine<I, O> of(Iterator<? extends O> iterator) {
        return new IteratorCoroutine<>(Objects.requireNonNull(iterator, "iterator"));
    }

    /**
     * Sets what receives the exceptions that no caller can: those raised while an abandoned coroutine is
     * finalized (rules 10.3, 10.5), Python's {@code sys.unraisablehook}. The handler is called on the thread
     * that finalizes, once per exception. {@code null} restores the default, which prints the exception and
     * its stack trace to {@code System.err}. An exception thrown by the handler itself is printed to
     * {@code System.err} and dropped (rule 10.6).
     */
    public static void setUnraisableHandler(Consumer<? super Throwable> handler) {
        unraisable = handler != null ? handler : PRINT_TO_STDERR;
    }

    /** The handler set now: the last one given to {@link #setUnraisableHandler}, else the default. */
    public static Consumer<? super Throwable> unraisableHandler() {
        return unraisable;
    }

    /**
     * Hands {@code error} to the unraisable handler: what a backend calls with an exception raised while it
     * finalizes an abandoned coroutine, where no caller can receive it (rule 10.6). Never throws.
     */
    public static void reportUnraisable(Throwable error) {
        Objects.requireNonNull(error, "error");
        Consumer<? super Throwable> handler = unraisable;
        try {
            handler.accept(error);
        } catch (Throwable handlerFailed) {
            PrintStream err = System.err;
            err.println("corotck: the unraisable handler " + handler + " failed on " + error);
            handlerFailed.printStackTrace(err);
        }
    }

    private static void printUnraisable(Throwable error) {
        PrintStream err = System.err;
        err.println("corotck: exception ignored while finalizing an abandoned coroutine:");
        error.printStackTrace(err);
    }
}

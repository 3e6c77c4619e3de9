package org.corotck.backendsupport;

/**
 * How a backend runs a body: one step at a time, each step ending in a yield, a return or a raise.
 * {@link StandardCoroutine} owns the lifecycle and calls an engine only in the states where the body
 * may run, one call at a time, so an engine needs no locking of its own.
 *
 * <p>An engine must not refer to the {@link StandardCoroutine} that drives it: the coroutine's Cleaner
 * calls {@link #abandon()} only once the coroutine is unreachable.
 */
public interface Engine<I, O> {
    /** Outcome kinds returned by {@link #step}. */
    int YIELDED = 0;
    int RETURNED = 1;
    int RAISED = 2;
    /**
     * The body delegates ({@code yield from}): {@link #outcome()} is the sub-coroutine. The body stays
     * suspended at the delegation until {@link StandardCoroutine}, which drives the sub from the caller's
     * side, resumes it with {@link #stepReturned} (the sub returned) or {@link #step} with an exception
     * (the sub raised, or a throw or close request reached the delegation). An engine whose bodies never
     * delegate never answers this.
     */
    int DELEGATED = 3;

    /**
     * Resumes the body with a sent value, or with an exception to raise at its pending yield or
     * delegation, and runs it until it yields, returns, raises or delegates. Returns {@link #YIELDED},
     * {@link #RETURNED}, {@link #RAISED} or {@link #DELEGATED}; {@link #outcome()} then holds the yielded
     * value, the return value, the exception or the sub-coroutine. The first step starts the body, with
     * {@code sent == null} and {@code thrown == null}. A body suspended at a delegation is never sent a
     * value: it gets {@link #stepReturned} or an exception.
     */
    int step(I sent, Throwable thrown);

    /**
     * Resumes a body suspended at a delegation whose sub-coroutine returned {@code value}: the value of its
     * {@code yield from} (rule 9.3). Returns as {@link #step} does.
     */
    default int stepReturned(Object value) {
        throw new IllegalStateException(this + " never delegates, yet was resumed with a delegation's result");
    }

    /** The value or exception of the last step. */
    Object outcome();

    /** The coroutine closed before it started: release whatever was prepared. The body never runs. */
    default void discard() {}

    /**
     * The coroutine became unreachable while SUSPENDED: finalize the body as CPython finalizes a generator.
     * Raise one close request at its yield, without waiting for anyone to receive the outcome; report what
     * it raises, and if it yields instead of finishing, report that and drop it: none of it may run again
     * (rules 10.1, 10.3, 10.5; see {@link Finalization}). Called at most once, possibly on another thread
     * than every step before it, and never after the coroutine ended.
     */
    default void abandon() {}
}

package org.corotck.support;

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
     * Resumes the body with a sent value, or with an exception to raise at its pending yield, and runs it
     * until it yields, returns or raises. Returns {@link #YIELDED}, {@link #RETURNED} or {@link #RAISED};
     * {@link #outcome()} then holds the yielded value, the return value or the exception. The first step
     * starts the body, with {@code sent == null} and {@code thrown == null}.
     */
    int step(I sent, Throwable thrown);

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

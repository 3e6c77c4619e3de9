package org.corotck.spec;

/**
 * A Python-style generator coroutine: it receives values of type {@code I} and yields values of type
 * {@code O}. Python's {@code None} is Java's {@code null}.
 *
 * <p>One call at a time, from any thread; a second call while one runs fails at once with
 * {@link AlreadyExecutingException} (rules 8.1-8.4). Every action of the caller before a call
 * happens-before the body's next step, and every action of the body before it suspends or ends
 * happens-before that call returns (rules 8.5, 8.6).
 *
 * <p>Carries rules: 1.x (states), 3.x (send), 4.x (return values), 5.x (exceptions from the body),
 * 6.x (throwInto), 7.x (close), 8.x (re-entrancy and threads), 12.x (bad input).
 *
 * @param <I> what {@link #send} accepts; the value the pending {@code yield} evaluates to
 * @param <O> what the body yields
 */
public interface Coroutine<I, O> {

    /**
     * Resumes the body: the pending yield evaluates to {@code value}; returns the next yielded value.
     * On a CREATED coroutine only {@code null} may be sent (rule 12.3).
     *
     * @throws CoroutineExhaustedException when the body returns (its value attached, rule 4.1) or the
     *     coroutine is already CLOSED (value null, rule 4.3)
     * @throws AlreadyExecutingException when called while the body runs (rule 8.1)
     * @throws NotStartedException for a non-null value on CREATED; the state stays CREATED (rule 12.3)
     */
    O send(I value);

    /** The same as {@code send(null)}: Python's {@code next(gen)} (rules 2.1, 3.1). */
    default O next() {
        return send(null);
    }

    /**
     * Raises {@code error} inside the body at its pending yield (rule 6.x). The same instance propagates
     * to the caller when the body does not catch it, checked or not.
     *
     * @throws NullPointerException when {@code error} is null; nothing changes (rule 12.1)
     */
    O throwInto(Throwable error);

    /**
     * Asks a suspended body to finish by raising a {@link CoroutineExit} at its pending yield (rule 7.x).
     *
     * @return the value the body returns while handling the request, else null (rule 7.4, CPython 3.13)
     * @throws IgnoredExitException when the body yields instead of finishing; it stays SUSPENDED (rule 7.6)
     */
    Object close();

    /** The lifecycle state, as {@code inspect.getgeneratorstate} reports it (rules 1.x). */
    State state();
}

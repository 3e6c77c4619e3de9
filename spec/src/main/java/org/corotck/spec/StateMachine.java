package org.corotck.spec;

/**
 * The state-machine body form: an explicit program counter in an object, as a compiler would lower a
 * generator. Every backend runs it (rule 11.2): the state-machine backend directly, stackful backends
 * in a loop. Each method answers what the body does next: yield, return, delegate or raise; never null (a
 * null answer ends the coroutine with a NullPointerException naming the machine, rule 12.7).
 *
 * <pre>{@code
 * class Averager implements StateMachine<Double, Double> {
 *     double total; int count;
 *     public Step<Double, Double> resume(Double term) {
 *         if (term == null) return Step.yield(null);       // priming: the first yield
 *         total += term; count += 1;
 *         return Step.yield(total / count);
 *     }
 * }
 * }</pre>
 *
 * @param <I> values sent in
 * @param <O> values yielded out
 */
public interface StateMachine<I, O> {

    /**
     * The body resumes normally: the first call starts it ({@code sent} is null), later calls deliver
     * what send/next passed to the pending yield.
     */
    Step<I, O> resume(I sent) throws Exception;

    /**
     * An exception arrives at the pending yield: from throwInto, or the {@link CoroutineExit} of close().
     * The default does not catch it, as a body without a handler would not (rules 6.3, 7.1).
     */
    default Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
        return Step.raise(thrown);
    }

    /**
     * A coroutine this body delegated to with {@link Step#delegate} returned {@code value}: the value of
     * the {@code yield from} expression (rule 9.3). Bodies that never delegate need not override it.
     */
    default Step<I, O> resumeReturned(Object value) throws Exception {
        throw new IllegalStateException(getClass().getName() + " delegated but does not override resumeReturned");
    }
}

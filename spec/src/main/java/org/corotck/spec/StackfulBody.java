package org.corotck.spec;

/**
 * The stackful body form: a generator function. It may call {@link Yielder#yield} at any depth of
 * ordinary method calls, which a Python generator cannot. Runs on backends with
 * {@link org.corotck.spec.spi.Capability#STACKFUL} (rule 11.1).
 *
 * <pre>{@code
 * StackfulBody<Double, Double> averager = y -> {
 *     double total = 0; int count = 0; Double average = null;
 *     while (true) {
 *         double term = y.yield(average);
 *         total += term; count += 1; average = total / count;
 *     }
 * };
 * }</pre>
 *
 * @param <I> values sent in
 * @param <O> values yielded out
 */
@FunctionalInterface
public interface StackfulBody<I, O> {

    /**
     * Runs the body. Returning ends the coroutine with that value (rule 4.1); throwing ends it with that
     * exception, the same instance reaching the caller (rule 5.1).
     */
    Object run(Yielder<I, O> yielder) throws Exception;
}

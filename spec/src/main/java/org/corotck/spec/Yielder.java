package org.corotck.spec;

/**
 * What a {@link StackfulBody} suspends through. Valid only on the body's own execution, while it runs;
 * a call from anywhere else fails with {@link IllegalStateException}.
 *
 * @param <I> values sent in
 * @param <O> values yielded out
 */
public interface Yielder<I, O> {

    /**
     * Python's {@code x = yield value}: suspends, hands {@code value} to the caller of send/next/throwInto,
     * and returns what the next send passes in (null for next()). An exception given to throwInto is
     * thrown from here instead, and so is the {@link CoroutineExit} of close() (rules 3.2, 6.4, 7.2).
     */
    I yield(O value);

    /**
     * Python's {@code result = yield from sub} (PEP 380, rules 9.x): sub's values go straight to the
     * caller, sends and throwIntos are forwarded to it, close() closes it first, and its return value is
     * returned here.
     */
    Object yieldFrom(Coroutine<? super I, ? extends O> sub);
}

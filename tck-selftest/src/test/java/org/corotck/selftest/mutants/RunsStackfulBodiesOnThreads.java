package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.spi.Backend;
import org.corotck.threads.ThreadsBackend;

/** Use on a base without STACKFUL: it does not say so, and quietly runs stackful bodies on the threads backend. */
@Breaks(value = "11.3", how = "without STACKFUL, accepts stackful bodies and runs them on threads instead of refusing them")
public final class RunsStackfulBodiesOnThreads implements Mutation {
    private final ThreadsBackend threads = new ThreadsBackend();

    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        return threads.stackful(body);
    }
}

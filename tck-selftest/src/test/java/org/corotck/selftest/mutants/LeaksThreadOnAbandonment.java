package org.corotck.selftest.mutants;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.backendsupport.StackfulEngine;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;

/**
 * Lets each body's thread hold its own coroutine, the mistake DESIGN.md warns of: the coroutine never
 * becomes unreachable, its Cleaner never runs, and an abandoned suspended coroutine keeps its thread for
 * ever. Use on a backend whose bodies run on platform threads.
 */
@Breaks(value = "10.1", how = "the body's thread refers to its coroutine, so an abandoned suspended coroutine is never finalized and its thread never ends",
        caughtByWaiting = true)
public final class LeaksThreadOnAbandonment implements Mutation {
    private final Queue<WeakReference<Coroutine<?, ?>>> made = new ConcurrentLinkedQueue<>();

    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        AtomicReference<Coroutine<I, O>> owner = new AtomicReference<>();
        // The body (held by its engine, held by its thread) captures owner, and so the coroutine.
        Coroutine<I, O> c = base.stackful(y -> {
            Objects.requireNonNull(owner.get(), "owner");
            return body.run(y);
        });
        owner.set(c);
        made.add(new WeakReference<>(c));
        return c;
    }

    /** Closes the coroutines it leaked, best effort; weak references, so that this list is not what keeps them. */
    @Override
    public void cleanUp() {
        for (WeakReference<Coroutine<?, ?>> ref; (ref = made.poll()) != null; ) {
            Coroutine<?, ?> c = ref.get();
            for (int attempt = 0; c != null && attempt < 3 && c.state() == State.SUSPENDED; attempt++) {
                try {
                    c.close();
                } catch (Throwable ignoredOrFailed) { // a finally block may raise a checked exception too
                    // the TCK's bodies that ignore a close request give in by the second or third
                }
            }
        }
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        return stackful(base, StackfulEngine.asStackful(machine));
    }
}

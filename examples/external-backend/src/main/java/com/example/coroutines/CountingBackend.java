package com.example.coroutines;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.corotck.backendsupport.MachineRunner;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;

/**
 * A user's backend: state-machine bodies on the caller's thread, counting the coroutines it made. It builds
 * on corotck-backend-support, so the lifecycle of SPEC.md comes from StandardCoroutine.
 */
public final class CountingBackend implements Backend {
    private final AtomicLong created = new AtomicLong();

    @Override
    public String name() {
        return "counting-state-machine";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.RUNS_ON_CALLER_THREAD);
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        created.incrementAndGet();
        return new StandardCoroutine<>(new MachineRunner<>(machine), false);
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        throw new UnsupportedOperationException("counting-state-machine runs only StateMachine bodies");
    }

    public long created() {
        return created.get();
    }
}

package org.corotck.selftest.mutants;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.Rethrow;
import org.corotck.spec.Coroutine;

/** Use on a base with RUNS_ON_CALLER_THREAD: a step called from another thread than the first caller runs on a thread of its own. */
@Breaks(value = "11.4", how = "a step called from another thread than the first caller runs on a helper thread, not on the calling one")
public final class RunsForeignCallsElsewhere extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private volatile Thread first;

            @Override
            public O send(I value) {
                if (first == null) {
                    first = Thread.currentThread();
                }
                if (first == Thread.currentThread()) {
                    return correct.send(value);
                }
                FutureTask<O> step = new FutureTask<>(() -> correct.send(value));
                Thread helper = Thread.ofPlatform().daemon().name("corotck-mutant-helper").start(step);
                try {
                    return step.get();
                } catch (ExecutionException e) {
                    throw Rethrow.sneaky(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } finally {
                    helper.interrupt();
                }
            }
        };
    }
}

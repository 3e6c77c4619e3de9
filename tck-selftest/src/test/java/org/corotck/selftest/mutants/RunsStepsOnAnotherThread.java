package org.corotck.selftest.mutants;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

/**
 * Runs every call on a pool thread while the caller waits for it, though the base declares
 * RUNS_ON_CALLER_THREAD: the mistake of a backend that borrows a pool thread per step.
 */
@Breaks(value = {"13.1", "13.2"}, how = "each step runs on a pool thread while the caller waits: the body sees neither its caller's thread nor its thread-locals, and a lock it takes belongs to a thread that is gone")
public final class RunsStepsOnAnotherThread extends CoroutineMutation {
    /** Pool threads, so that a run of the whole corpus does not start a thread per step; one more for a nested call. */
    private final ExecutorService steps = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread t = new Thread(runnable, "mutant-step");
                t.setDaemon(true);
                return t;
            });

    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O send(I value) {
                return elsewhere(() -> correct.send(value));
            }

            @Override
            public O throwInto(Throwable error) {
                return elsewhere(() -> correct.throwInto(error));
            }

            @Override
            public Object close() {
                return elsewhere(correct::close);
            }
        };
    }

    private <T> T elsewhere(Supplier<T> call) {
        Future<T> step = steps.submit(call::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return step.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw RunsStepsOnAnotherThread.<RuntimeException>sneaky(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void cleanUp() {
        steps.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}

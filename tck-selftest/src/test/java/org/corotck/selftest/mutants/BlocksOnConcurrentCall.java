package org.corotck.selftest.mutants;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

/**
 * Serializes callers with a lock, so a second thread waits for the running step instead of failing at
 * once. The lock is reentrant: on a backend that runs the body on the caller's thread, calls from inside
 * the body are still refused.
 */
@Breaks(value = "8.4", how = "a call from another thread while a step runs waits for it instead of failing at once",
        caughtByWaiting = true)
public final class BlocksOnConcurrentCall extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        ReentrantLock lock = new ReentrantLock();
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O send(I value) {
                return locked(lock, () -> correct.send(value));
            }

            @Override
            public O throwInto(Throwable error) {
                return locked(lock, () -> correct.throwInto(error));
            }

            @Override
            public Object close() {
                return locked(lock, correct::close);
            }
        };
    }

    private static <T> T locked(ReentrantLock lock, Supplier<T> operation) {
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }
}

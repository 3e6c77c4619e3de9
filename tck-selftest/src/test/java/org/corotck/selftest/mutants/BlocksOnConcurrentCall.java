package org.corotck.selftest.mutants;

import java.util.concurrent.locks.ReentrantLock;
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
                lock.lock();
                try {
                    return correct.send(value);
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public O throwInto(Throwable error) {
                lock.lock();
                try {
                    return correct.throwInto(error);
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public Object close() {
                lock.lock();
                try {
                    return correct.close();
                } finally {
                    lock.unlock();
                }
            }
        };
    }
}

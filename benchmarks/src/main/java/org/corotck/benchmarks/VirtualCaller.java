package org.corotck.benchmarks;

import java.util.concurrent.Callable;

/**
 * Runs a batch of round trips inside one fresh virtual thread and waits for it. The start and join of that
 * thread (a few microseconds) is spread over {@link #BATCH} operations, and is the same for the raw
 * ping-pong and the backends measured this way, so their ratio stays fair.
 */
public final class VirtualCaller {
    public static final int BATCH = 1000;

    private VirtualCaller() {}

    public static <T> T run(Callable<T> batch) throws Exception {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                result[0] = batch.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        t.join();
        if (failure[0] != null) {
            throw new IllegalStateException("virtual-thread caller failed", failure[0]);
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }
}

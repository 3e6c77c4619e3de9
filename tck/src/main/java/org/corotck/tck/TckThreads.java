package org.corotck.tck;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform threads the TCK itself starts: the worker each test runs on ({@link BoundedTestExtension}) and
 * the helper threads and executor threads of the rule tests (other callers, interrupters, racing senders).
 * They are never the backend's, so the leak check ({@link LeakCheckExtension}) leaves them out of rule 10.4
 * and names them apart: a worker of a test that timed out may stay parked inside the backend for good, and
 * that hang already failed its own rule. Threads the backend starts, even from inside such a test, are not
 * registered here and still count. Held weakly: a thread that ended is forgotten with it.
 */
final class TckThreads {
    /** Each TCK thread, and whether it is the worker of a test that timed out. */
    private static final Map<Thread, Boolean> OWNED = Collections.synchronizedMap(new WeakHashMap<>());

    private TckThreads() {}

    /** Registers {@code thread}, not yet started, as the TCK's own; returns it. */
    static Thread own(Thread thread) {
        OWNED.putIfAbsent(thread, false);
        return thread;
    }

    /** A factory for the TCK's executors: platform threads named {@code corotck-tck-<purpose>-N}, registered as the TCK's own. */
    static ThreadFactory factory(String purpose) {
        AtomicInteger count = new AtomicInteger();
        return task -> own(new Thread(task, "corotck-tck-" + purpose + "-" + count.incrementAndGet()));
    }

    /** Marks {@code worker}, a test's worker thread, as that of a test that timed out. */
    static void timedOut(Thread worker) {
        OWNED.put(worker, true);
    }

    /** Whether {@code thread} is one the TCK started. */
    static boolean owned(Thread thread) {
        return OWNED.containsKey(thread);
    }

    /** Whether {@code thread} is the worker of a test that timed out. */
    static boolean ofATestThatTimedOut(Thread thread) {
        return Boolean.TRUE.equals(OWNED.get(thread));
    }
}

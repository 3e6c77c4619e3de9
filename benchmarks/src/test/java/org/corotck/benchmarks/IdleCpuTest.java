package org.corotck.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** IdleCpu's Java-threads clock sees a thread that spins and not the thread that reads it; its raw threads end. */
class IdleCpuTest {
    static final long SPIN_NANOS = 200_000_000;

    /** Burns {@code nanos} of this thread's own CPU time. */
    static void spin(long nanos) {
        var threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + nanos;
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    void anotherThreadSpinningIsCounted() throws InterruptedException {
        long before = IdleCpu.javaThreadsCpuNanos();
        CountDownLatch release = new CountDownLatch(1);
        // it spins, then waits: a thread that ended would take its time out of the sum with it
        Thread spinner = Thread.ofPlatform().daemon().start(() -> {
            spin(SPIN_NANOS);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            while (ManagementFactory.getThreadMXBean().getThreadCpuTime(spinner.threadId()) < SPIN_NANOS) {
                Thread.sleep(10);
            }
            long counted = IdleCpu.javaThreadsCpuNanos() - before;
            assertTrue(counted >= SPIN_NANOS, "another thread's spin is counted: " + counted + " ns");
        } finally {
            release.countDown();
            spinner.join(60_000);
        }
    }

    @Test
    void theReadersOwnCpuIsNotCounted() {
        long before = IdleCpu.javaThreadsCpuNanos();
        spin(SPIN_NANOS);
        long counted = IdleCpu.javaThreadsCpuNanos() - before;
        assertTrue(counted < SPIN_NANOS / 4, "the reader's own spin left out: " + counted + " ns counted");
    }

    @Test
    void rawParkedThreadsAllEnd() throws InterruptedException {
        for (IdleCpu.RawParked raw : IdleCpu.RawParked.values()) {
            List<Thread> parked = raw.start(100);
            assertEquals(100, parked.stream().filter(Thread::isAlive).count(), raw.key);
            IdleCpu.RawParked.stop(parked);
            assertEquals(0, parked.stream().filter(Thread::isAlive).count(), raw.key + ": no thread left behind");
        }
    }
}

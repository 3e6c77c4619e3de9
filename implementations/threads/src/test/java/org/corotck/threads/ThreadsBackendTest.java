package org.corotck.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.State;
import org.junit.jupiter.api.Test;

/** What is particular to backend {@code threads}; ThreadsTckTest checks every rule. */
class ThreadsBackendTest {
    @Test
    void stackSizePropertyIsBytesAndDefaultsTo8Mb() {
        assertEquals(8L << 20, ThreadsBackend.stackSize(null));
        assertEquals(8L << 20, ThreadsBackend.stackSize(" "));
        assertEquals(4096, ThreadsBackend.stackSize("4096"));
        assertEquals(1, ThreadsBackend.stackSize(" 1 "));
        assertThrows(IllegalArgumentException.class, () -> ThreadsBackend.stackSize("16m"));
        assertThrows(IllegalArgumentException.class, () -> ThreadsBackend.stackSize("0"));
        assertThrows(IllegalArgumentException.class, () -> ThreadsBackend.stackSize("-4096"));
    }

    /**
     * The hint the benchmarks size their scenarios by is bounded (a thread per coroutine is not "only memory
     * bounds it") and covers the many-live scenario's 1,000 coroutines, which this backend holds at once, each
     * answering its own send, every thread gone after their close. The hint's own figure, 10,000 suspended at
     * once, is what every main job's idle-CPU step creates (IdleCpu), and its report says when that failed;
     * here it would cost the TCK step a quarter of a minute.
     */
    @Test
    void holdsTheManyLiveScenarioAndItsHintIsBounded() throws InterruptedException {
        ThreadsBackend backend = new ThreadsBackend();
        long hint = backend.liveCoroutineHint();
        assertTrue(hint >= 1_000 && hint < Long.MAX_VALUE, "a bounded hint that holds the many-live scenarios: " + hint);
        var threads = ManagementFactory.getThreadMXBean();
        int before = threads.getThreadCount();
        List<Coroutine<Long, Long>> live = new ArrayList<>();
        try {
            for (long i = 0; i < 1_000; i++) {
                long offset = i;
                live.add(Coroutines.prime(backend.<Long, Long>stackful(y -> {
                    Long sent = y.yield(null);
                    return y.yield(sent + offset);
                })));
            }
            assertTrue(live.stream().allMatch(c -> c.state() == State.SUSPENDED), "every one suspended at once");
            for (int i = 0; i < live.size(); i++) {
                assertEquals(1_000_000L + i, live.get(i).send(1_000_000L), "coroutine " + i + " answers its own send");
            }
        } finally {
            live.forEach(Coroutine::close);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (threads.getThreadCount() > before + 10 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(threads.getThreadCount() <= before + 10,
                "every coroutine's thread ended after close: " + threads.getThreadCount() + " threads, " + before + " before");
    }
}

package org.corotck.threadhandoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.IgnoredExitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a thread backend drops a finalized body that ignores its close request (SPEC rule 10.3 and the
 * paragraph after section 10): its stack is unwound by CoroutineDroppedError, so the loop that ignored the
 * request runs no more, the resource around it is closed on the way out, and what that close throws is
 * reported (rule 10.5). The engine is abandoned directly, as the Cleaner would after a GC.
 */
class ThreadEngineDropTest {
    private final Queue<Throwable> reports = new ConcurrentLinkedQueue<>();

    @AfterEach
    void restoreTheHandler() {
        Coroutines.setUnraisableHandler(null);
    }

    @Test
    void anIgnoringBodyIsUnwoundItsResourceClosedAndItsThreadEnds() throws InterruptedException {
        Coroutines.setUnraisableHandler(reports::add);
        IllegalStateException resourceFailure = new IllegalStateException("the resource failed to close");
        Queue<String> log = new ConcurrentLinkedQueue<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        ThreadEngine<Object, Object> engine = new ThreadEngine<>(y -> {
            try (AutoCloseable resource = () -> {
                log.add("resource closed");
                throw resourceFailure;
            }) {
                while (true) {
                    try {
                        y.yield("suspended");
                        log.add("resumed normally");
                    } catch (CoroutineExit request) {
                        log.add("ignored the close request");
                    }
                }
            }
        }, body -> {
            Thread t = new Thread(body);
            thread.set(t);
            return t;
        }, 0);
        Coroutine<Object, Object> c = new StandardCoroutine<>(engine, false);
        assertEquals("suspended", c.next());

        engine.abandon(); // what the Cleaner does once the coroutine is unreachable
        thread.get().join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(thread.get().isAlive(), "the dropped body's thread still runs");
        assertEquals(List.of("ignored the close request", "resource closed"), List.copyOf(log));
        assertEquals(2, reports.size(), "reports: " + reports);
        assertTrue(reports.stream().anyMatch(r -> r instanceof IgnoredExitException), "reports: " + reports);
        assertTrue(reports.contains(resourceFailure), "reports: " + reports);
    }
}

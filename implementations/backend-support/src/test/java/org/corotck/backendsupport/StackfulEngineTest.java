package org.corotck.backendsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.StackfulBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What StackfulEngine promises the carriers that extend it, seen through a minimal one (the body on a thread
 * of its own, handed over by semaphores): when the body ended, when it is being finalized, what reaches the
 * unraisable handler (rule 10.6), and that only a started body is ever resumed to be finalized.
 */
@Timeout(60)
class StackfulEngineTest {
    private static final Queue<Throwable> REPORTED = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void captureUnraisable() {
        REPORTED.clear();
        Coroutines.setUnraisableHandler(REPORTED::add);
    }

    @AfterEach
    void restoreUnraisable() {
        Coroutines.setUnraisableHandler(null);
    }

    /** A carrier as plain as can be, which records what the engine tells it. */
    private static final class SemaphoreEngine extends StackfulEngine<Object, Object> {
        final Semaphore toBody = new Semaphore(0);
        final Semaphore toCaller = new Semaphore(0);
        /** What reached the unraisable handler, or escaped the body's thread, while this test ran. */
        final Queue<Throwable> reported = REPORTED;
        volatile Thread thread;
        volatile Boolean finalizingWhenResumed;

        SemaphoreEngine(StackfulBody<Object, Object> body) {
            super(body);
        }

        @Override
        protected void startBody() {
            Thread t = new Thread(() -> {
                runBody();
                if (!finalizing()) {
                    toCaller.release();
                }
            }, "corotck-test-body");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> reported.add(e));
            thread = t;
            t.start();
            toCaller.acquireUninterruptibly();
        }

        @Override
        protected void transferToBody() {
            toBody.release();
            toCaller.acquireUninterruptibly();
        }

        @Override
        protected void transferToCaller() {
            toCaller.release();
            toBody.acquireUninterruptibly();
        }

        @Override
        protected void resumeAbandoned() {
            finalizingWhenResumed = finalizing();
            toBody.release();
        }

        @Override
        protected void checkInBody() {
            if (Thread.currentThread() != thread) {
                throw new IllegalStateException("not in the body");
            }
        }

        void awaitEnd() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(30));
            assertFalse(thread.isAlive(), "the body's thread did not end");
        }
    }

    @Test
    void endedOnlyOnceTheBodyReturnedOrWasDiscarded() {
        SemaphoreEngine engine = new SemaphoreEngine(y -> "got " + y.yield("first"));
        assertFalse(engine.ended());
        assertEquals(Engine.YIELDED, engine.step(null, null));
        assertFalse(engine.ended(), "a suspended body has not ended");
        assertEquals(Engine.RETURNED, engine.step("x", null));
        assertEquals("got x", engine.outcome());
        assertTrue(engine.ended());

        SemaphoreEngine discarded = new SemaphoreEngine(y -> null);
        discarded.discard();
        assertTrue(discarded.ended(), "a discarded body counts as ended");
    }

    @Test
    void aBodyThatRaisesToItsCallerIsNotReportedAsUnraisable() throws InterruptedException {
        IllegalStateException failure = new IllegalStateException("to the caller");
        SemaphoreEngine engine = new SemaphoreEngine(y -> {
            y.yield("first");
            throw failure;
        });
        engine.step(null, null);
        assertEquals(Engine.RAISED, engine.step(null, null));
        assertSame(failure, engine.outcome());
        engine.awaitEnd();
        assertEquals(List.of(), List.copyOf(engine.reported), "a raise the caller receives reached the handler too");
        assertFalse(engine.finalizing());
    }

    @Test
    void anAbandonedBodyIsFinalizedAndItsOwnFailureAloneIsReported() throws InterruptedException {
        Queue<String> log = new ConcurrentLinkedQueue<>();
        SemaphoreEngine quiet = new SemaphoreEngine(y -> {
            try {
                y.yield("first");
                return null;
            } finally {
                log.add("finally");
            }
        });
        quiet.step(null, null);
        quiet.abandon();
        quiet.awaitEnd();
        assertEquals(Boolean.TRUE, quiet.finalizingWhenResumed, "finalizing() while the abandoned body is resumed");
        assertEquals(List.of("finally"), List.copyOf(log));
        assertEquals(List.of(), List.copyOf(quiet.reported), "a close request that ends the body is no failure to report");
        assertTrue(quiet.ended());
        REPORTED.clear();

        IllegalArgumentException failure = new IllegalArgumentException("raised while finalized");
        SemaphoreEngine loud = new SemaphoreEngine(y -> {
            try {
                y.yield("first");
            } catch (CoroutineExit exit) {
                throw failure;
            }
            return null;
        });
        loud.step(null, null);
        loud.abandon();
        loud.awaitEnd();
        assertEquals(List.of(failure), List.copyOf(loud.reported), "what a finalized body raises goes to the handler");
    }

    @Test
    void onlyABodyThatStartedAndHasNotEndedIsResumedToBeFinalized() {
        SemaphoreEngine unstarted = new SemaphoreEngine(y -> null);
        unstarted.abandon();
        assertEquals(null, unstarted.finalizingWhenResumed, "a body that never started was resumed");

        SemaphoreEngine finished = new SemaphoreEngine(y -> null);
        assertEquals(Engine.RETURNED, finished.step(null, null));
        finished.abandon();
        assertEquals(null, finished.finalizingWhenResumed, "a body that ended was resumed");
    }
}

package org.corotck.backendsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.CoroutineDroppedError;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.StackfulBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What StackfulEngine promises the carriers that extend it, seen through a minimal one (the body on a thread
 * of its own, handed over by semaphores): when the body ended, when it is being finalized, what reaches the
 * unraisable handler (rule 10.6), and that only a started body is ever resumed to be finalized. This carrier
 * cannot suspend a body for good, so a finalized body that ignores its close request is unwound by a
 * {@link CoroutineDroppedError}, as on the thread backends (rule 10.3, "Dropping a body").
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

    /** Asserts that exactly one report reached the handler: the IgnoredExitException caused by {@code request}. */
    private static void assertOnlyTheIgnoredRequestReported(CoroutineExit request, Queue<Throwable> reported) {
        assertEquals(1, reported.size(), () -> "expected one IgnoredExitException, got " + reported);
        IgnoredExitException ignored = assertInstanceOf(IgnoredExitException.class, reported.peek());
        assertSame(request, ignored.getCause(), "the report names another cause than the ignored request");
    }

    /**
     * Rule 10.3 on a carrier that unwinds: the yield that ignores the request raises CoroutineDroppedError,
     * and so does a yield in a finally block on the way out; the request is reported once, at the first, and
     * the error the engine raises is no failure of the body's to report.
     */
    @Test
    void aDroppedBodyIsUnwoundByCoroutineDroppedErrorAndItsRequestIsReportedOnce() throws InterruptedException {
        Queue<Throwable> seen = new ConcurrentLinkedQueue<>();
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        SemaphoreEngine engine = new SemaphoreEngine(y -> {
            try {
                y.yield("first");
            } catch (CoroutineExit exit) {
                request.set(exit);
                try {
                    y.yield("ignoring the request");
                } catch (Throwable t) {
                    seen.add(t);
                    throw t;
                }
            } finally {
                try {
                    y.yield("in a finally block, while unwound");
                } catch (Throwable t) {
                    seen.add(t);
                    throw t;
                }
            }
            return null;
        });
        engine.step(null, null);
        engine.abandon();
        engine.awaitEnd();
        assertEquals(List.of(CoroutineDroppedError.class, CoroutineDroppedError.class),
                seen.stream().map(Object::getClass).toList(), () -> "what the two yields raised: " + seen);
        assertOnlyTheIgnoredRequestReported(request.get(), engine.reported);
    }

    /**
     * Rule 10.3's pause: a body that catches the unwinding and yields again, for ever, is raised at again only
     * after a pause that doubles each time (2, 4, 8 ms ... up to 1 s), so it cannot keep a processor busy.
     * In half a second the pauses leave room for 8 raises at most (sleeps are never shorter than asked);
     * without them the body reaches its cap of 1,000 at once.
     */
    @Test
    void aBodyThatKeepsCatchingItsUnwindingIsRaisedAtAgainOnlyAfterPausesThatDouble() throws InterruptedException {
        AtomicInteger raises = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        SemaphoreEngine engine = new SemaphoreEngine(y -> {
            for (;;) {
                try {
                    y.yield("again");
                } catch (CoroutineExit exit) {
                    request.set(exit); // ignored: the loop yields again
                } catch (CoroutineDroppedError dropped) {
                    if (raises.incrementAndGet() >= 1_000 || stop.get()) {
                        return null;
                    }
                }
            }
        });
        engine.step(null, null);
        engine.abandon();
        Thread.sleep(500);
        int inHalfASecond = raises.get();
        stop.set(true); // the body sees it when it is next raised at, within about half a second
        engine.awaitEnd();
        assertTrue(inHalfASecond <= 20, () -> inHalfASecond + " raises in half a second: no pause between them");
        assertOnlyTheIgnoredRequestReported(request.get(), engine.reported);
    }

    /**
     * Rule 8.8: the pause before raising again must not swallow the body thread's interrupt. An interrupt
     * pending when the body yields again cuts the pause short at once, and the body still sees its status.
     */
    @Test
    void anInterruptThatCutsThePauseBeforeRaisingAgainIsKept() throws InterruptedException {
        AtomicReference<Boolean> interruptedOnTheWayOut = new AtomicReference<>();
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        SemaphoreEngine engine = new SemaphoreEngine(y -> {
            try {
                y.yield("first");
            } catch (CoroutineExit exit) {
                request.set(exit);
                try {
                    y.yield("ignoring the request");
                } catch (CoroutineDroppedError dropped) {
                    Thread.currentThread().interrupt(); // pending when the next yield pauses
                    try {
                        y.yield("again, interrupted");
                    } finally {
                        interruptedOnTheWayOut.set(Thread.currentThread().isInterrupted());
                    }
                }
            }
            return null;
        });
        engine.step(null, null);
        engine.abandon();
        engine.awaitEnd();
        assertEquals(Boolean.TRUE, interruptedOnTheWayOut.get(), "the pause swallowed the body's interrupt");
        assertOnlyTheIgnoredRequestReported(request.get(), engine.reported);
    }

    /**
     * Rule 10.5: a resource that fails to close while the dropped body is unwound is a failure of the body,
     * carried as suppressed by the CoroutineDroppedError, and reported after the ignored request.
     */
    @Test
    void aResourceFailureUnderTheUnwindingOfADroppedBodyIsReported() throws InterruptedException {
        IllegalStateException failure = new IllegalStateException("the resource failed to close");
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        SemaphoreEngine engine = new SemaphoreEngine(y -> {
            try (AutoCloseable resource = () -> {
                throw failure;
            }) {
                try {
                    y.yield("first");
                } catch (CoroutineExit exit) {
                    request.set(exit);
                    y.yield("ignoring the request");
                }
            }
            return null;
        });
        engine.step(null, null);
        engine.abandon();
        engine.awaitEnd();
        List<Throwable> reported = List.copyOf(engine.reported);
        assertEquals(2, reported.size(), () -> "expected the ignored request, then the resource's failure: " + reported);
        assertSame(request.get(), assertInstanceOf(IgnoredExitException.class, reported.get(0)).getCause());
        assertSame(failure, reported.get(1), "the resource's failure under the unwinding");
    }

    /**
     * Rules 10.3 and 10.5: a resource whose close() yields while the dropped body is unwound is raised at
     * again; that second CoroutineDroppedError, suppressed under the first, is the engine's own and no failure
     * to report.
     */
    @Test
    void aYieldWhileAResourceClosesUnderTheUnwindingReportsNothingMore() throws InterruptedException {
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        SemaphoreEngine engine = new SemaphoreEngine(y -> {
            try (AutoCloseable resource = () -> y.yield("closing the resource")) {
                try {
                    y.yield("first");
                } catch (CoroutineExit exit) {
                    request.set(exit);
                    y.yield("ignoring the request");
                }
            }
            return null;
        });
        engine.step(null, null);
        engine.abandon();
        engine.awaitEnd();
        assertOnlyTheIgnoredRequestReported(request.get(), engine.reported);
    }

    /**
     * Rule 10.5: a finalized body from which its close request comes out has closed cleanly, even when a
     * resource's close() raised a close request of its own, suppressed under it: that is no failure either.
     */
    @Test
    void aCloseRequestSuppressedUnderTheFinalRequestIsNoFailureToReport() throws InterruptedException {
        SemaphoreEngine engine = new SemaphoreEngine(y -> {
            try (AutoCloseable resource = () -> {
                throw new CoroutineExit();
            }) {
                y.yield("first");
            }
            return null;
        });
        engine.step(null, null);
        engine.abandon();
        engine.awaitEnd();
        assertEquals(List.of(), List.copyOf(engine.reported), "a clean close was reported");
    }
}

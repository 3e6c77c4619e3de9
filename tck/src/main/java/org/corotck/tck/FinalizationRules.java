package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/**
 * SPEC.md section 10: finalization of abandoned coroutines, and the end of every thread a backend starts.
 * The JVM finalizes only after a garbage collection, so these tests collect and wait, within bounds.
 */
public interface FinalizationRules extends TckContext {

    /**
     * A body that records the thread it runs on, yields once, and counts its finally block. Threads are
     * recorded only when they are not the caller's, so that thread-less backends have nothing to check.
     */
    private static Fixture<Object, Object> countingFinally(AtomicInteger finallies, Queue<Thread> bodyThreads, Thread caller) {
        return Fixture.of(
                () -> y -> {
                    if (Thread.currentThread() != caller) {
                        bodyThreads.add(Thread.currentThread());
                    }
                    try {
                        y.yield("suspended");
                        return null;
                    } finally {
                        finallies.incrementAndGet();
                    }
                },
                () -> new StateMachine<>() {
                    private boolean started;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (!started) {
                            started = true;
                            if (Thread.currentThread() != caller) {
                                bodyThreads.add(Thread.currentThread());
                            }
                            return Step.yield("suspended");
                        }
                        finallies.incrementAndGet();
                        return Step.done(null);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        finallies.incrementAndGet();
                        return Step.raise(thrown);
                    }
                });
    }

    /** Starts and closes one coroutine, so that whatever the backend starts once per JVM is in the baseline. */
    private java.util.Set<Thread> warmBaseline(Fixture<Object, Object> fixture, BodyForm form) {
        Coroutine<Object, Object> warmUp = create(fixture, form);
        warmUp.next();
        warmUp.close();
        return LiveThreads.snapshot();
    }

    private static void awaitNoNewThreads(String rule, java.util.Set<Thread> baseline) {
        Timeouts.await(rule, Timeouts.OPERATION, () -> LiveThreads.startedSince(baseline).isEmpty(),
                () -> "platform threads started since the baseline to end: " + LiveThreads.startedSince(baseline));
    }

    private static void awaitAfterGc(String rule, java.util.function.BooleanSupplier done, java.util.function.Supplier<String> what) {
        Timeouts.await(rule, Timeouts.finalization(), () -> {
            if (done.getAsBoolean()) {
                return true;
            }
            System.gc();
            return done.getAsBoolean();
        }, what);
    }

    private static long alive(Queue<Thread> threads) {
        return threads.stream().filter(Thread::isAlive).count();
    }

    /**
     * Verifies rule 10.1: suspended coroutines that become unreachable are closed after a GC: every finally
     * block runs and every thread the backend started for them ends; the platform thread count comes back
     * to its baseline. If this test fails, check that the Cleaner is registered on the user-facing object
     * and that nothing the body's thread holds refers back to it.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void optional_10_1_abandonedSuspendedCoroutinesAreFinalized(BodyForm form) {
        assumeCapability(Capability.FINALIZES_ABANDONED);
        int count = abandonedCoroutines();
        AtomicInteger finallies = new AtomicInteger();
        Queue<Thread> bodyThreads = new ConcurrentLinkedQueue<>();
        java.util.Set<Thread> baseline = warmBaseline(countingFinally(new AtomicInteger(), bodyThreads, Thread.currentThread()), form);
        Fixture<Object, Object> fixture = countingFinally(finallies, bodyThreads, Thread.currentThread());
        List<Coroutine<Object, Object>> live = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Coroutine<Object, Object> c = create(fixture, form);
            assertEquals("suspended", c.next());
            live.add(c);
        }
        assertEquals(0, finallies.get(), "rule 10.1: a finally block ran while its coroutine was still reachable");
        live.clear(); // the only references: from here on every coroutine is abandoned
        awaitAfterGc("10.1", () -> finallies.get() == count && alive(bodyThreads) == 0,
                () -> finallies.get() + " of " + count + " finally blocks run and " + alive(bodyThreads)
                        + " body threads still alive after abandoning them");
        awaitNoNewThreads("10.1", baseline);
    }

    /**
     * Verifies rule 10.2: CREATED and CLOSED coroutines that are abandoned run nothing. The test waits, with
     * the same bounded garbage collection as rule 10.1, until every abandoned coroutine has been collected,
     * so that whatever the backend attached to them had its chance to run, and then a little longer for
     * Cleaners to act; a suspended canary abandoned with them shows that finalization did happen, where the
     * backend finalizes at all. If this test fails, check that a Cleaner is not registered before the body
     * starts, and that it is deregistered when the coroutine closes.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_10_2_createdAndClosedCoroutinesRunNothingWhenAbandoned(BodyForm form) {
        AtomicInteger finallies = new AtomicInteger();
        Queue<Thread> threads = new ConcurrentLinkedQueue<>();
        Fixture<Object, Object> fixture = countingFinally(finallies, threads, Thread.currentThread());
        int each = 100;
        List<java.lang.ref.WeakReference<Coroutine<Object, Object>>> abandoned = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            abandoned.add(new java.lang.ref.WeakReference<>(create(fixture, form))); // CREATED, dropped at once
            Coroutine<Object, Object> closed = create(fixture, form);
            closed.next();
            closed.close(); // its finally runs here, once
            abandoned.add(new java.lang.ref.WeakReference<>(closed));
        }
        assertEquals(each, finallies.get(), "rule 10.2: close() should run each finally block once");
        if (declares(Capability.FINALIZES_ABANDONED)) {
            AtomicInteger canary = new AtomicInteger();
            create(countingFinally(canary, new ConcurrentLinkedQueue<>(), Thread.currentThread()), form).next();
            awaitAfterGc("10.2", () -> canary.get() == 1, () -> "the abandoned suspended canary to be finalized");
        }
        awaitAfterGc("10.2", () -> abandoned.stream().allMatch(ref -> ref.get() == null),
                () -> abandoned.stream().filter(ref -> ref.get() != null).count() + " of " + abandoned.size()
                        + " abandoned CREATED and CLOSED coroutines to be collected (something keeps them reachable,"
                        + " so whether their abandonment runs anything cannot be seen)");
        // Cleaners and other reference handlers act on their own threads right after the collection.
        if (Timeouts.poll(Timeouts.QUIET, () -> finallies.get() != each)) {
            throw new AssertionFailedError("rule 10.2: an abandoned CREATED or CLOSED coroutine ran a finally block: "
                    + finallies.get() + " finally blocks ran, " + each + " of them by close()");
        }
        assertEquals(each, finallies.get(), "rule 10.2: an abandoned CREATED or CLOSED coroutine ran a finally block");
    }

    /**
     * Verifies rule 10.3: a body that yields while it is finalized gets a fresh CoroutineExit at each yield
     * until it ends, and what it raises then goes to the uncaught-exception handler, never to a caller.
     * If this test fails, check that the finalizing engine never suspends again and reports the failure.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void optional_10_3_bodyIgnoringFinalizationStillEnds(BodyForm form) {
        assumeCapability(Capability.FINALIZES_ABANDONED);
        Log log = new Log();
        IllegalStateException failure = new IllegalStateException("raised while finalized");
        Queue<Throwable> reported = new ConcurrentLinkedQueue<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            Coroutine<Object, Object> c = create(Fixture.of(
                    () -> y -> {
                        try {
                            y.yield(1);
                        } catch (CoroutineExit first) {
                            log.add("ignored");
                        }
                        try {
                            y.yield(2);
                            log.add("resumed normally");
                        } catch (CoroutineExit second) {
                            log.add("second exit");
                        }
                        throw failure;
                    },
                    () -> new StateMachine<>() {
                        private int pc;

                        @Override
                        public Step<Object, Object> resume(Object sent) {
                            if (pc == 0) {
                                pc = 1;
                                return Step.yield(1);
                            }
                            log.add("resumed normally");
                            return Step.raise(failure);
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            if (!(thrown instanceof CoroutineExit)) {
                                return Step.raise(thrown);
                            }
                            if (pc == 1) {
                                pc = 2;
                                log.add("ignored");
                                return Step.yield(2);
                            }
                            log.add("second exit");
                            return Step.raise(failure);
                        }
                    }), form);
            assertEquals(1, c.next());
            c = null; // abandon it
            awaitAfterGc("10.3", () -> reported.contains(failure), () -> "the finalized body's failure to reach the "
                    + "uncaught-exception handler; body log so far " + log);
            assertEquals(List.of("ignored", "second exit"), log.entries(), "rule 10.3: what the finalized body did");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    /**
     * Verifies rule 10.4: whatever ends a coroutine (close, a return, a raise, a throwInto that is not
     * caught) also ends every thread the backend started for it. If this test fails, check that the body's
     * thread exits after the last handoff on every path.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_10_4_noThreadOutlivesItsCoroutine(BodyForm form) {
        Queue<Thread> threads = new ConcurrentLinkedQueue<>();
        AtomicInteger finallies = new AtomicInteger();
        java.util.Set<Thread> baseline = warmBaseline(countingFinally(new AtomicInteger(), threads, Thread.currentThread()), form);
        Fixture<Object, Object> fixture = countingFinally(finallies, threads, Thread.currentThread());

        Coroutine<Object, Object> closed = create(fixture, form);
        closed.next();
        closed.close();

        Coroutine<Object, Object> returned = create(fixture, form);
        returned.next();
        Expect.exhausted("10.4", returned::next);

        IllegalArgumentException error = new IllegalArgumentException("thrown in");
        Coroutine<Object, Object> thrownInto = create(fixture, form);
        thrownInto.next();
        Expect.throwsSame("10.4", error, () -> thrownInto.throwInto(error));

        Coroutine<Double, Double> raised = create(Fixtures.averager(), form);
        raised.next();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Coroutine<Object, Object> erased = (Coroutine) raised;
        Expect.throwsExactly("10.4", ClassCastException.class, () -> erased.send("spam"));

        Coroutine<Object, Object> createdThenClosed = create(fixture, form);
        createdThenClosed.close();

        for (Coroutine<?, ?> c : List.of(closed, returned, thrownInto, raised, createdThenClosed)) {
            assertEquals(State.CLOSED, c.state(), "rule 10.4: every coroutine here is CLOSED");
        }
        assertEquals(3, finallies.get(), "rule 10.4: finally blocks run by close, return and throwInto");
        Timeouts.await("10.4", Timeouts.OPERATION, () -> alive(threads) == 0,
                () -> alive(threads) + " body threads still alive after their coroutines closed: " + threads);
        awaitNoNewThreads("10.4", baseline);
    }
}

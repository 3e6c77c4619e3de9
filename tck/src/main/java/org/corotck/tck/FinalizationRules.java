package org.corotck.tck;

import static org.corotck.tck.FinalizationFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
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

    /** Starts and closes one coroutine, so that whatever the backend starts once per JVM is in the baseline. */
    private java.util.Set<Thread> warmBaseline(Fixture<Object, Object> fixture, BodyForm form) {
        Coroutine<Object, Object> warmUp = create(fixture, form);
        warmUp.next();
        warmUp.close();
        return LiveThreads.snapshot();
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
        Timeouts.awaitFinalization("10.1", () -> finallies.get() == count && LiveThreads.alive(bodyThreads) == 0,
                () -> finallies.get() + " of " + count + " finally blocks run and " + LiveThreads.alive(bodyThreads)
                        + " body threads still alive after abandoning them");
        LiveThreads.awaitNoneStartedSince("10.1", baseline);
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
            Timeouts.awaitFinalization("10.2", () -> canary.get() == 1, () -> "the abandoned suspended canary to be finalized");
        }
        Timeouts.awaitFinalization("10.2", () -> abandoned.stream().allMatch(ref -> ref.get() == null),
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
     * Verifies rule 10.3: a body that catches the close request of its finalization and yields again is
     * dropped at that yield: the statement after it never runs, and the unraisable handler gets one
     * IgnoredExitException caused by the request the body caught; a thread of the body's own ends. If this
     * test fails, check that the finalizing engine raises one request only, reports the yield, and never
     * resumes the body after it (or, on a thread, unwinds it).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void optional_10_3_bodyIgnoringTheCloseRequestIsDroppedAtItsYield(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        Queue<Thread> bodyThreads = new ConcurrentLinkedQueue<>();
        Thread caller = Thread.currentThread();
        try (UnraisableReports reports = new UnraisableReports()) {
            Coroutine<Object, Object> c = create(Fixture.of(
                    () -> y -> {
                        if (Thread.currentThread() != caller) {
                            bodyThreads.add(Thread.currentThread());
                        }
                        try {
                            y.yield(1);
                        } catch (CoroutineExit first) {
                            request.set(first);
                            log.add("ignored");
                        }
                        y.yield(2);
                        log.add("resumed after the yield that ignored the request");
                        return null;
                    },
                    () -> new StateMachine<>() {
                        private int pc;

                        @Override
                        public Step<Object, Object> resume(Object sent) {
                            if (pc == 0) {
                                pc = 1;
                                return Step.yield(1);
                            }
                            log.add("resumed after the yield that ignored the request");
                            return Step.done(null);
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            if (pc == 1 && thrown instanceof CoroutineExit first) {
                                pc = 2;
                                request.set(first);
                                log.add("ignored");
                                return Step.yield(2);
                            }
                            return Step.raise(thrown); // no handler at the second yield
                        }
                    }), form);
            assertEquals(1, c.next());
            c = null; // abandon it
            Timeouts.awaitFinalization("10.3", () -> reports.countCausedBy(IgnoredExitException.class, request.get()) > 0,
                    () -> "an IgnoredExitException caused by the body's close request to reach the unraisable handler;"
                            + " body log so far " + log + ", reports " + reports.all());
            Timeouts.await("10.3", Timeouts.OPERATION, () -> LiveThreads.alive(bodyThreads) == 0,
                    () -> "the dropped body's thread to end: " + bodyThreads);
            assertEquals(List.of("ignored"), log.entries(), "rule 10.3: what the finalized body did");
            assertEquals(1, reports.countCausedBy(IgnoredExitException.class, request.get()),
                    () -> "rule 10.3: reports of the ignored request: " + reports.all());
        }
    }

    /**
     * Verifies rule 10.3 when the finalized body yields through a delegation: it catches its close request and
     * delegates to a sub-coroutine that yields; the sub runs to its first yield, and that yield is the body's,
     * so the body is dropped there: one IgnoredExitException caused by the request, nothing after the
     * delegation runs (CPython 3.13.0: {@code except GeneratorExit: yield from sub()} on dealloc starts the
     * sub and reports "generator ignored GeneratorExit" once). If this test fails, check that a delegation
     * the finalizing body starts is run, not left pending, and that its first value counts as the body's yield.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void optional_10_3_aFinalizedBodyYieldingThroughADelegationIsDroppedThere(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        Fixture<Object, Object> yieldingSub = Fixture.of(
                () -> y -> {
                    log.add("sub started");
                    y.yield("sub 1");
                    return y.yield("sub 2");
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (pc++ == 0) {
                            log.add("sub started");
                            return Step.yield("sub 1");
                        }
                        return pc == 2 ? Step.yield("sub 2") : Step.done(sent);
                    }
                });
        try (UnraisableReports reports = new UnraisableReports()) {
            Coroutine<Object, Object> c = create(Fixture.of(
                    () -> y -> {
                        try {
                            y.yield(1);
                        } catch (CoroutineExit first) {
                            request.set(first);
                            log.add("caught");
                            y.yieldFrom(create(yieldingSub, form));
                            log.add("after the delegation");
                        }
                        return null;
                    },
                    () -> new YieldFirst<>(1) {
                        @Override
                        protected Step<Object, Object> next(Object sent) {
                            return Step.done(null);
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            if (thrown instanceof CoroutineExit first && request.get() == null) {
                                request.set(first);
                                log.add("caught");
                                return Step.delegate(create(yieldingSub, form));
                            }
                            return Step.raise(thrown);
                        }

                        @Override
                        public Step<Object, Object> resumeReturned(Object value) {
                            log.add("after the delegation");
                            return Step.done(null);
                        }
                    }), form);
            assertEquals(1, c.next());
            c = null; // abandon it
            Timeouts.awaitFinalization("10.3", () -> reports.countCausedBy(IgnoredExitException.class, request.get()) > 0,
                    () -> "an IgnoredExitException caused by the body's close request to reach the unraisable handler;"
                            + " body log so far " + log + ", reports " + reports.all());
            assertEquals(List.of("caught", "sub started"), log.entries(),
                    "rule 10.3: the sub ran to its first yield, and nothing after the delegation ran");
            assertEquals(1, reports.countCausedBy(IgnoredExitException.class, request.get()),
                    () -> "rule 10.3: reports of the ignored request: " + reports.all());
        }
    }

    /**
     * Verifies rules 10.1 and 9.3 when the finalized body delegates to a sub-coroutine that returns at once:
     * the body gets the sub's return value and goes on, and returning an exception object then is a return
     * (rule 4.2), so nothing is reported (CPython 3.13.0: {@code except GeneratorExit: v = yield from sub();
     * return ValueError(...)} on dealloc sees {@code v == 5}; the unraisable hook is not called). If this test
     * fails, check that a delegation under the finalizer's request hands the sub's value back to the body and
     * that only what the body raises is reported.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void optional_10_1_aFinalizedBodyThatDelegatesGetsTheSubsReturnValue(BodyForm form) {
        EffectLog log = new EffectLog();
        Fixture<Object, Object> returnsFive = Fixture.of(() -> y -> 5, () -> sent -> Step.done(5));
        try (UnraisableReports reports = new UnraisableReports()) {
            Coroutine<Object, Object> c = create(Fixture.of(
                    () -> y -> {
                        try {
                            y.yield(1);
                            return null;
                        } catch (CoroutineExit request) {
                            log.add("sub returned " + y.yieldFrom(create(returnsFive, form)));
                            return new IllegalStateException("rule 10.1: returned, not raised");
                        }
                    },
                    () -> new YieldFirst<>(1) {
                        @Override
                        protected Step<Object, Object> next(Object sent) {
                            return Step.done(null);
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            return thrown instanceof CoroutineExit ? Step.delegate(create(returnsFive, form)) : Step.raise(thrown);
                        }

                        @Override
                        public Step<Object, Object> resumeReturned(Object value) {
                            log.add("sub returned " + value);
                            return Step.done(new IllegalStateException("rule 10.1: returned, not raised"));
                        }
                    }), form);
            assertEquals(1, c.next());
            c = null; // abandon it
            Timeouts.awaitFinalization("10.1", () -> !log.entries().isEmpty(),
                    () -> "the abandoned body to be finalized and delegate; reports " + reports.all());
            assertEquals(List.of("sub returned 5"), log.entries(), "rule 9.3: the delegation's value, under finalization");
            if (Timeouts.poll(Timeouts.QUIET, () -> reports.all().stream().anyMatch(r -> r.getMessage() != null
                    && r.getMessage().contains("returned, not raised")))) {
                throw new AssertionFailedError("rule 10.1: an exception object the finalized body returned was reported: "
                        + reports.all());
            }
        }
    }

    /**
     * Verifies rules 10.1 and 9.4 when the finalized body is delegating to a foreign sub whose close() ends it by
     * throwing CoroutineExhaustedException(7): that is the sub's return, so the body goes on with 7 as the
     * delegation's value, returns, and nothing is reported (CPython 3.13.0: an abandoned {@code try: r = yield
     * from sub() ... finally:} whose sub's {@code close()} raises {@code StopIteration(7)} sees {@code r == 7}, runs
     * its finally, and the unraisable hook is not called). If this test fails, check that finalizing a delegator
     * takes an exhaustion out of its sub's close() as the sub's return, as a caller's close() does.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void optional_10_1_aFinalizedDelegatorsSubEndingOnCloseGivesItsValue(BodyForm form) {
        EffectLog log = new EffectLog();
        try (UnraisableReports reports = new UnraisableReports()) {
            Coroutine<Object, Object> c = create(Fixture.of(
                    () -> y -> {
                        try {
                            log.add("after yield from " + y.yieldFrom(new ForeignSubs.ExhaustedByClose()));
                            return "delegator ended";
                        } finally {
                            log.add("finally");
                        }
                    },
                    () -> new StateMachine<>() {
                        @Override
                        public Step<Object, Object> resume(Object sent) {
                            return Step.delegate(new ForeignSubs.ExhaustedByClose());
                        }

                        @Override
                        public Step<Object, Object> resumeReturned(Object value) {
                            log.add("after yield from " + value);
                            log.add("finally");
                            return Step.done("delegator ended");
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            log.add("finally");
                            return Step.raise(thrown);
                        }
                    }), form);
            assertEquals("s1", c.next());
            c = null; // abandon it
            Timeouts.awaitFinalization("10.1", () -> log.entries().contains("finally"),
                    () -> "the abandoned delegator to be finalized; reports " + reports.all());
            assertEquals(List.of("after yield from 7", "finally"), log.entries(),
                    "rules 9.4, 10.1: the delegation's value is the exhaustion out of the sub's close()");
            if (Timeouts.poll(Timeouts.QUIET, () -> !reports.all().isEmpty())) {
                throw new AssertionFailedError("rule 10.1: a finalized delegator that returned was reported: " + reports.all());
            }
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
        Timeouts.await("10.4", Timeouts.OPERATION, () -> LiveThreads.alive(threads) == 0,
                () -> LiveThreads.alive(threads) + " body threads still alive after their coroutines closed: " + threads);
        LiveThreads.awaitNoneStartedSince("10.4", baseline);
    }

    /**
     * Verifies rule 10.3 on the body of the issue that found the fault: {@code while (true) try { yield }
     * catch (CoroutineExit e) {}}, abandoned. It is dropped at its next yield, so the process goes quiet
     * (it burned a processor for ever when every yield raised a fresh request), the unraisable handler gets
     * one IgnoredExitException, and coroutines abandoned afterwards are still finalized (the Cleaner's thread
     * is not held by it). If this test fails, check that a finalized body gets one close request only and
     * that its next yield never suspends it in a way that lets it run again.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void optional_10_3_bodyIgnoringTheCloseRequestInALoopIsDroppedAndTheProcessGoesQuiet(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        AtomicInteger requests = new AtomicInteger(); // counted, not logged: a body that spins must not fill the heap
        Queue<Thread> bodyThreads = new ConcurrentLinkedQueue<>();
        Thread caller = Thread.currentThread();
        try (UnraisableReports reports = new UnraisableReports()) {
            Coroutine<Object, Object> c = create(Fixture.of(
                    () -> y -> {
                        if (Thread.currentThread() != caller) {
                            bodyThreads.add(Thread.currentThread());
                        }
                        long n = 0;
                        while (true) {
                            try {
                                y.yield(n++);
                                log.add("resumed normally");
                            } catch (CoroutineExit e) {
                                if (requests.getAndIncrement() == 0) {
                                    request.set(e);
                                    log.add("caught the close request");
                                }
                            }
                        }
                    },
                    () -> new StateMachine<>() {
                        private long n;

                        @Override
                        public Step<Object, Object> resume(Object sent) {
                            if (n > 0) {
                                log.add("resumed normally");
                            }
                            return Step.yield(n++);
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            if (!(thrown instanceof CoroutineExit e)) {
                                return Step.raise(thrown);
                            }
                            if (requests.getAndIncrement() == 0) {
                                request.set(e);
                                log.add("caught the close request");
                            }
                            return Step.yield(n++);
                        }
                    }), form);
            assertEquals(0L, c.next());
            c = null; // abandon it
            Timeouts.awaitFinalization("10.3", () -> reports.countCausedBy(IgnoredExitException.class, request.get()) > 0,
                    () -> "an IgnoredExitException caused by the body's close request to reach the unraisable handler;"
                            + " body log so far " + log + ", reports " + reports.all());
            ProcessCpu.awaitQuiet("10.3", Timeouts.OPERATION, "the abandoned body that ignores its close request was dropped");
            Timeouts.await("10.3", Timeouts.OPERATION, () -> LiveThreads.alive(bodyThreads) == 0,
                    () -> "the dropped body's thread to end: " + bodyThreads);
            assertEquals(1, requests.get(), "rule 10.3: close requests the finalized body got");
            assertEquals(List.of("caught the close request"), log.entries(),
                    "rule 10.3: the dropped body ran on after the yield that ignored its close request");
            assertEquals(1, reports.countCausedBy(IgnoredExitException.class, request.get()),
                    () -> "rule 10.3: reports of the ignored request: " + reports.all());

            AtomicInteger finallies = new AtomicInteger();
            Fixture<Object, Object> wellBehaved = countingFinally(finallies, new ConcurrentLinkedQueue<>(), caller);
            int others = 20;
            for (int i = 0; i < others; i++) {
                create(wellBehaved, form).next(); // abandoned at once
            }
            Timeouts.awaitFinalization("10.3", () -> finallies.get() == others,
                    () -> finallies.get() + " of " + others + " coroutines abandoned after the dropped one finalized");
        }
    }

    /**
     * Verifies rule 10.5: what a body raises while it is finalized goes to the unraisable handler, never to a
     * caller: a finally block that raises with no yield left, the same instance; a close handler that leaks a
     * CoroutineExhaustedException, as an ExhaustionLeakedException caused by it (PEP 479). If this test fails,
     * check that the finalizing engine reports the body's outcome through Coroutines.reportUnraisable.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void optional_10_5_whatAFinalizedBodyRaisesGoesToTheUnraisableHandler(BodyForm form) {
        IllegalStateException failure = new IllegalStateException("rule 10.5: raised by a finally block while finalized");
        CoroutineExhaustedException leak = new CoroutineExhaustedException("rule 10.5: leaked while finalized");
        try (UnraisableReports reports = new UnraisableReports()) {
            create(raisingWhenClosed(failure), form).next();
            create(raisingWhenClosed(leak), form).next(); // both abandoned at once
            Timeouts.awaitFinalization("10.5", () -> reports.count(failure) > 0
                            && reports.countCausedBy(ExhaustionLeakedException.class, leak) > 0,
                    () -> "the finalized bodies' failures to reach the unraisable handler; reports " + reports.all());
            assertEquals(1, reports.count(failure), () -> "rule 10.5: reports of the finally block's failure: " + reports.all());
            assertEquals(1, reports.countCausedBy(ExhaustionLeakedException.class, leak),
                    () -> "rule 10.5: reports of the leaked exhaustion: " + reports.all());
        }
    }

    /**
     * Verifies rule 10.5 for a resource that fails under the finalizer's close request: an abandoned body
     * suspended in a try-with-resources whose resource's close() throws X reports X itself, once, as close()
     * would raise it (rule 7.10) (CPython 3.13.0: a {@code with} whose {@code __exit__} raises X on dealloc
     * reports X, its context the GeneratorExit). If this test fails, check that finalization takes a close
     * request that comes out carrying a suppressed failure for that failure, not for a clean close.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void optional_10_5_aResourceFailingUnderTheFinalizersRequestIsReported(BodyForm form) {
        EffectLog log = new EffectLog();
        IllegalStateException failure = new IllegalStateException("rule 10.5: a resource failed to close while finalized");
        try (UnraisableReports reports = new UnraisableReports()) {
            create(CloseFixtures.FailingResource.yieldingInside("resource", "suspended", failure, log), form)
                    .next(); // abandoned at once
            Timeouts.awaitFinalization("10.5", () -> reports.count(failure) > 0,
                    () -> "the resource's failure to reach the unraisable handler; body log " + log + ", reports " + reports.all());
            assertEquals(List.of("resource closed"), log.entries(), "rule 10.5: what the finalized body did");
            assertEquals(1, reports.count(failure), () -> "rule 10.5: reports of the resource's failure: " + reports.all());
        }
    }

    /**
     * Verifies rule 10.6: Coroutines.setUnraisableHandler(h) makes h receive the reports of finalization on
     * this backend; a handler that throws is printed and dropped, and the next report still reaches it;
     * setUnraisableHandler(null) restores the default, which prints to System.err. If this test fails, check
     * that the backend reports through Coroutines.reportUnraisable rather than a handler of its own.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void optional_10_6_unraisableHandlerIsSetAndRestored(BodyForm form) {
        Consumer<? super Throwable> previous = Coroutines.unraisableHandler();
        PrintStream stderr = System.err;
        try {
            Queue<Throwable> got = new ConcurrentLinkedQueue<>();
            AtomicInteger calls = new AtomicInteger();
            Coroutines.setUnraisableHandler(e -> {
                got.add(e);
                if (calls.incrementAndGet() == 1) {
                    throw new UnsupportedOperationException("rule 10.6: a handler that fails once");
                }
            });
            IllegalStateException first = new IllegalStateException("rule 10.6: first");
            IllegalStateException second = new IllegalStateException("rule 10.6: second");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            create(raisingWhenClosed(first), form).next();
            create(raisingWhenClosed(second), form).next();
            Timeouts.awaitFinalization("10.6", () -> got.contains(first) && got.contains(second),
                    () -> "both failures to reach the handler, one of whose calls failed; got " + got);
            Timeouts.await("10.6", Timeouts.OPERATION, () -> printed.toString(StandardCharsets.UTF_8)
                    .contains("a handler that fails once"), () -> "the failing handler's exception on System.err");

            Coroutines.setUnraisableHandler(null);
            IllegalStateException third = new IllegalStateException("rule 10.6: printed by the default handler " + System.nanoTime());
            create(raisingWhenClosed(third), form).next();
            Timeouts.awaitFinalization("10.6", () -> printed.toString(StandardCharsets.UTF_8).contains(third.getMessage()),
                    () -> "the default handler to print '" + third.getMessage() + "' to System.err");
            assertFalse(got.contains(third), "rule 10.6: a report reached the handler after it was unset");
        } finally {
            System.setErr(stderr);
            Coroutines.setUnraisableHandler(previous);
        }
    }
}

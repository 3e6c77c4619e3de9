package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/** SPEC.md section 8: re-entrancy, "already executing", threads and memory visibility. */
public interface ThreadRules extends TckContext {

    /** How many rounds the concurrency tests run: {@code corotck.stressRounds}, default 200. */
    private static int rounds() {
        return Integer.getInteger("corotck.stressRounds", 200);
    }

    /** Waits for {@code future} within the operation bound, failing with the rule's id on a hang. */
    private static <T> T within(String rule, Future<T> future, String what) throws Exception {
        try {
            return future.get(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw Timeouts.expired(rule, what + " did not return within " + Timeouts.scaled(Timeouts.OPERATION)
                    + " (blocked?)\n" + ThreadDumps.all());
        } catch (java.util.concurrent.ExecutionException e) {
            throw Expect.sneaky(e.getCause());
        }
    }

    /** Runs one operation on itself from inside its body, on its second step, and yields what it threw. */
    private Coroutine<Object, Object> selfCalling(BodyForm form, java.util.function.Function<Coroutine<Object, Object>, Object> op,
                                                  boolean catchIt, AtomicReference<State> stateInside) {
        AtomicReference<Coroutine<Object, Object>> self = new AtomicReference<>();
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    y.yield("first");
                    try {
                        op.apply(self.get());
                        return "the call on itself returned";
                    } catch (AlreadyExecutingException e) {
                        stateInside.set(self.get().state());
                        if (!catchIt) {
                            throw e;
                        }
                        return y.yield(e);
                    }
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        switch (pc++) {
                            case 0:
                                return Step.yield("first");
                            case 1:
                                try {
                                    op.apply(self.get());
                                    return Step.done("the call on itself returned");
                                } catch (AlreadyExecutingException e) {
                                    stateInside.set(self.get().state());
                                    return catchIt ? Step.yield(e) : Step.raise(e);
                                }
                            default:
                                return Step.done(sent);
                        }
                    }
                }), form);
        self.set(c);
        c.next();
        return c;
    }

    /**
     * Verifies rule 8.1: send or next on itself from inside the body throws AlreadyExecutingException there,
     * which the body may catch and go on; the state inside stays RUNNING. If this test fails, check that the
     * state check happens before anything is handed to the body.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_8_1_sendToItselfIsAlreadyExecuting(BodyForm form) {
        List<java.util.function.Function<Coroutine<Object, Object>, Object>> ops = List.of(c -> c.send("again"), Coroutine::next);
        for (var op : ops) {
            AtomicReference<State> inside = new AtomicReference<>();
            Coroutine<Object, Object> c = selfCalling(form, op, true, inside);
            Object caught = c.next();
            assertEquals(AlreadyExecutingException.class, caught == null ? null : caught.getClass(),
                    "rule 8.1: what the body caught from calling itself");
            assertEquals(State.RUNNING, inside.get(), "rule 8.1: state seen inside after the refused call");
            assertEquals(State.SUSPENDED, c.state());
            assertEquals("went on", Expect.exhausted("8.1", () -> c.send("went on")), "rule 8.1: the body should go on");
        }
    }

    /**
     * Verifies rule 8.2: throwInto(e) and close() on itself from inside throw AlreadyExecutingException; e is
     * not delivered and no close request is raised. If this test fails, check that throwInto and close check
     * the state before delivering anything.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_8_2_throwIntoOrCloseOnItselfIsAlreadyExecuting(BodyForm form) {
        IllegalStateException never = new IllegalStateException("must not be delivered");
        List<java.util.function.Function<Coroutine<Object, Object>, Object>> ops = List.of(c -> c.throwInto(never), Coroutine::close);
        for (var op : ops) {
            AtomicReference<State> inside = new AtomicReference<>();
            Coroutine<Object, Object> c = selfCalling(form, op, true, inside);
            Object caught = c.next();
            assertTrue(caught instanceof AlreadyExecutingException, "rule 8.2: the body got " + caught);
            assertEquals(State.RUNNING, inside.get());
            assertEquals("still alive", Expect.exhausted("8.2", () -> c.send("still alive")),
                    "rule 8.2: the refused call must not have closed or hurt the body");
        }
    }

    /**
     * Verifies rule 8.3: an AlreadyExecutingException the body does not catch propagates like any exception
     * and closes the coroutine. If this test fails, check rule 5.1.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_8_3_uncaughtAlreadyExecutingClosesTheCoroutine(BodyForm form) {
        Coroutine<Object, Object> c = selfCalling(form, Coroutine::next, false, new AtomicReference<>());
        Expect.throwsExactly("8.3", AlreadyExecutingException.class, c::next);
        assertEquals(State.CLOSED, c.state());
    }

    /**
     * Verifies rule 8.4: while a step runs, every operation from another thread fails at once with
     * AlreadyExecutingException, never blocking; the running call completes normally. Then, for many rounds,
     * several threads send at the same moment: exactly one proceeds, the others are refused, nothing
     * deadlocks. If this test fails, check the compare-and-set that enters RUNNING.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void required_8_4_concurrentCallsFailFastAndOneProceeds(BodyForm form) throws Exception {
        Semaphore entered = new Semaphore(0);
        Semaphore release = new Semaphore(0);
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    Object sent = y.yield("ready");
                    while (true) {
                        entered.release();
                        if (!release.tryAcquire(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS)) {
                            throw new IllegalStateException("rule 8.4: the test never released the step");
                        }
                        sent = y.yield("step " + sent);
                    }
                },
                () -> new YieldFirst<>("ready") {
                    @Override
                    protected Step<Object, Object> next(Object sent) throws Exception {
                        entered.release();
                        if (!release.tryAcquire(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS)) {
                            throw new IllegalStateException("rule 8.4: the test never released the step");
                        }
                        return Step.yield("step " + sent);
                    }
                }), form);
        c.next();
        int threads = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Every operation from another thread while one step runs.
            Future<Object> running = pool.submit(() -> c.send("first"));
            if (!entered.tryAcquire(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS)) {
                throw Timeouts.expired("8.4", "the first send never entered the body");
            }
            List<Callable<Object>> intruders = List.of(c::next, () -> c.send("intruder"),
                    () -> c.throwInto(new IllegalStateException("intruder")), c::close);
            for (Callable<Object> intruder : intruders) {
                Future<Object> refused = pool.submit(() -> {
                    try {
                        intruder.call();
                        return "no exception";
                    } catch (AlreadyExecutingException expected) {
                        return "already executing";
                    } catch (RuntimeException | Error other) {
                        return "threw " + other;
                    }
                });
                assertEquals("already executing", within("8.4", refused, "an operation from another thread"),
                        "rule 8.4: an operation from another thread while the body runs");
            }
            assertEquals(State.RUNNING, c.state());
            release.release();
            assertEquals("step first", within("8.4", running, "the running send"), "rule 8.4: the running call's value");

            // Many rounds of simultaneous sends.
            CyclicBarrier start = new CyclicBarrier(threads);
            for (int round = 0; round < rounds(); round++) {
                List<Future<Object>> calls = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String value = round + "." + t;
                    calls.add(pool.submit(() -> {
                        start.await(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS);
                        try {
                            return c.send(value);
                        } catch (AlreadyExecutingException refused) {
                            return refused;
                        }
                    }));
                }
                if (!entered.tryAcquire(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS)) {
                    throw Timeouts.expired("8.4", "round " + round + ": no send entered the body");
                }
                // The winner is held in the body until released; the others must come back on their own.
                long deadline = System.nanoTime() + Timeouts.scaled(Timeouts.OPERATION).toNanos();
                while (calls.stream().filter(Future::isDone).count() < threads - 1 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                int refusedCount = 0;
                Future<Object> winner = null;
                for (Future<Object> call : calls) {
                    if (!call.isDone()) {
                        if (winner != null) {
                            throw Timeouts.expired("8.4", "round " + round
                                    + ": more than one send blocked; a concurrent send must fail at once\n" + ThreadDumps.all());
                        }
                        winner = call;
                    } else if (within("8.4", call, "a concurrent send") instanceof AlreadyExecutingException) {
                        refusedCount++;
                    } else {
                        throw new AssertionFailedError("rule 8.4: round " + round + ": two sends ran at once");
                    }
                }
                assertEquals(threads - 1, refusedCount, "rule 8.4: round " + round + ": refused sends");
                if (winner == null) {
                    throw new AssertionFailedError("rule 8.4: round " + round + ": no send was running in the body");
                }
                release.release();
                Object value = within("8.4", winner, "the winning send");
                assertTrue(String.valueOf(value).startsWith("step " + round + "."), "rule 8.4: round " + round + " got " + value);
            }
        } finally {
            release.release(1000); // never leave the body blocked
            pool.shutdownNow();
            if (!pool.awaitTermination(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS)) {
                throw Timeouts.expired("8.4", "the calling threads did not end");
            }
            c.close();
        }
    }

    /**
     * One racing call's exchange, in plain fields: the caller fills {@code in} before send, the body fills
     * {@code out} and {@code step} before it yields the box back.
     */
    final class Box {
        int in;
        int out;
        int step;
    }

    /**
     * Verifies rule 8.4 under contention, with rules 8.5 and 8.6 checked on every call that gets through:
     * four threads send to one coroutine as fast as they can, {@code 5 * corotck.stressRounds} calls each.
     * Every call either runs exactly one step of the body or fails with AlreadyExecutingException; no step
     * is lost or run twice; nothing deadlocks; the body sees the plain field each caller wrote into its box
     * before send, and the caller sees what the body wrote. If this test fails, check the compare-and-set
     * that enters RUNNING, and that every handoff, whoever the caller is, is a happens-before edge.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void required_8_4_racingCallersEitherRunOneStepOrAreRefused(BodyForm form) throws Exception {
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    Object sent = y.yield("ready");
                    for (int steps = 1; ; steps++) {
                        sent = y.yield(fill((Box) sent, steps));
                    }
                },
                () -> new YieldFirst<>("ready") {
                    private int steps;

                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        return Step.yield(fill((Box) sent, ++steps));
                    }
                }), form);
        c.next();
        int threads = 4;
        int calls = 5 * rounds();
        // Each anomaly as {what went wrong, the instance}: the kinds, sorted, make a message that reads the same
        // on every run; the instances, which race, come after it.
        Queue<String[]> problems = new ConcurrentLinkedQueue<>();
        Set<Integer> stepsSeen = ConcurrentHashMap.newKeySet();
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> racers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * calls;
                racers.add(pool.submit(() -> {
                    start.await(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS);
                    for (int i = 1; i <= calls; i++) {
                        Box box = new Box();
                        box.in = first + i;
                        Object back;
                        try {
                            back = c.send(box);
                        } catch (AlreadyExecutingException expected) {
                            refused.incrementAndGet();
                            continue;
                        }
                        ran.incrementAndGet();
                        if (back != box) {
                            problems.add(new String[] {"a send got another value back than the box it sent", "got " + back});
                        } else if (box.out != 2 * box.in + 1) {
                            problems.add(new String[] {"a box came back without the body's answer to what was written in it (rules 8.5, 8.6)",
                                    "in=" + box.in + ", out=" + box.out});
                        } else if (!stepsSeen.add(box.step)) {
                            problems.add(new String[] {"one step of the body answered two calls", "step " + box.step});
                        }
                    }
                    return null;
                }));
            }
            for (Future<Object> racer : racers) {
                within("8.4", racer, "a thread of racing sends");
            }
        } finally {
            pool.shutdownNow();
            if (!pool.awaitTermination(Timeouts.scaled(Timeouts.OPERATION).toMillis(), TimeUnit.MILLISECONDS)) {
                throw Timeouts.expired("8.4", "the racing threads did not end");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionFailedError("rule 8.4: racing calls went wrong: "
                    + new java.util.TreeSet<>(problems.stream().map(p -> p[0]).toList()) + "\n" + problems.size()
                    + " anomalies among " + ran + " calls that ran; the first: "
                    + problems.stream().limit(5).map(p -> p[0] + ": " + p[1]).toList());
        }
        assertEquals(threads * calls, ran.get() + refused.get(), "rule 8.4: every call either ran or was refused");
        assertTrue(ran.get() > 0, "rule 8.4: no racing call got through");
        Set<Integer> expected = new HashSet<>();
        for (int step = 1; step <= ran.get(); step++) {
            expected.add(step);
        }
        assertEquals(expected, stepsSeen, "rule 8.4: the body's steps should be exactly one per call that ran");
        assertEquals(State.SUSPENDED, c.state());
        c.close();
    }

    /**
     * The body's side of a racing call: reads the caller's plain write, answers in plain fields. It spins
     * a little first, so that a step lasts long enough for the other racers to run into it.
     */
    private static Box fill(Box box, int step) {
        for (int i = 0; i < 200; i++) {
            Thread.onSpinWait();
        }
        box.out = 2 * box.in + 1;
        box.step = step;
        return box;
    }

    /** Plain, non-volatile fields, written on one side and read on the other (rules 8.5, 8.6). */
    final class Shared {
        int fromCaller;
        String fromCallerText;
        int fromBody;
        String fromBodyText;
    }

    /** What the caller writes into, in plain fields, before it sends it (rule 8.5). */
    final class Letter {
        int number;
        String text;
    }

    /** What the body makes and fills, in plain fields, before it yields or returns it (rule 8.6). */
    final class Parcel {
        int step;
        String text;
    }

    /** What the body raises, filled in a plain field after it was made (rule 8.6). */
    final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        int step;

        Failure() {
            super("rule 8.6: raised by the body to show its writes", null, false, false);
        }
    }

    /**
     * Verifies rule 8.5: plain fields the caller writes before send, in an object both sides hold and in the
     * object it sends, are seen by the body, over many rounds; the body answers with a String of what it saw.
     * If this test fails, check that the handoff to the body is a happens-before edge (a volatile write the
     * body reads, or a lock).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_8_5_callerWritesAreVisibleToTheBody(BodyForm form) {
        Shared shared = new Shared();
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    Object sent = y.yield(null);
                    while (true) {
                        sent = y.yield(seen(shared, (Letter) sent));
                    }
                },
                () -> new YieldFirst<>(null) {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        return Step.yield(seen(shared, (Letter) sent));
                    }
                }), form);
        c.next();
        for (int i = 1; i <= 20 * rounds(); i++) {
            shared.fromCaller = i;
            shared.fromCallerText = "caller " + i;
            Letter letter = new Letter();
            letter.number = i;
            letter.text = "letter " + i;
            assertEquals(i + ":caller " + i + ":" + i + ":letter " + i, c.send(letter),
                    "rule 8.5: what the body saw of the caller's writes (shared:text:letter:text)");
        }
        c.close();
    }

    /** The body's side of rule 8.5: what it reads of the caller's plain writes. */
    private static String seen(Shared shared, Letter letter) {
        return shared.fromCaller + ":" + shared.fromCallerText + ":" + letter.number + ":" + letter.text;
    }

    /**
     * Verifies rule 8.6: plain fields the body writes before it yields, returns or raises, in an object both
     * sides hold and in the object it yields, returns or raises, are seen by the caller once the call has
     * returned or thrown. Each round drives a fresh coroutine through a few yields and ends it by a return or
     * a raise, alternately. If this test fails, check that the handoff back to the caller is a happens-before
     * edge on every path: after a yield, and after the body ended, normally or not.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_8_6_bodyWritesAreVisibleToTheCaller(BodyForm form) {
        for (int round = 0; round < rounds(); round++) {
            Shared shared = new Shared();
            Coroutine<Object, Object> c = create(Fixture.of(
                    () -> y -> {
                        for (int step = 1; ; step++) {
                            String ask = String.valueOf(y.yield(parcel(shared, step)));
                            if (!ask.equals("yield")) {
                                Parcel last = parcel(shared, step + 1);
                                if (ask.equals("return")) {
                                    return last;
                                }
                                throw failure(last.step);
                            }
                        }
                    },
                    () -> new StateMachine<>() {
                        private int step;

                        @Override
                        public Step<Object, Object> resume(Object sent) {
                            if (step > 0 && !"yield".equals(sent)) {
                                Parcel last = parcel(shared, step + 1);
                                return "return".equals(sent) ? Step.done(last) : Step.raise(failure(last.step));
                            }
                            return Step.yield(parcel(shared, ++step));
                        }
                    }), form);
            checkParcel(round, 1, c.next(), shared, "yield");
            int yields = 1 + round % 3;
            for (int step = 2; step <= yields; step++) {
                checkParcel(round, step, c.send("yield"), shared, "yield");
            }
            if (round % 2 == 0) {
                checkParcel(round, yields + 1, Expect.exhausted("8.6", () -> c.send("return")), shared, "return");
            } else {
                Throwable raised = Expect.thrown("8.6", () -> c.send("raise"));
                if (!(raised instanceof Failure f)) {
                    throw new AssertionFailedError("rule 8.6: expected the body's own exception, got " + raised, raised);
                }
                assertEquals(yields + 1, f.step, "rule 8.6: round " + round + ": the raised exception's field, written before the raise");
                assertEquals(yields + 1, shared.fromBody, "rule 8.6: round " + round + ": the shared field, written before the raise");
                assertEquals("body " + (yields + 1), shared.fromBodyText, "rule 8.6: round " + round + ": the shared field, written before the raise");
            }
            assertEquals(State.CLOSED, c.state());
        }
    }

    /** The body's side of rule 8.6: plain writes into the shared object and into a fresh parcel. */
    private static Parcel parcel(Shared shared, int step) {
        shared.fromBody = step;
        shared.fromBodyText = "body " + step;
        Parcel parcel = new Parcel();
        parcel.step = step;
        parcel.text = "parcel " + step;
        return parcel;
    }

    private static Failure failure(int step) {
        Failure failure = new Failure();
        failure.step = step;
        return failure;
    }

    private static void checkParcel(int round, int step, Object got, Shared shared, String how) {
        String where = "rule 8.6: round " + round + ", step " + step + ", after a " + how + ": ";
        if (!(got instanceof Parcel parcel)) {
            throw new AssertionFailedError(where + "expected the body's parcel, got " + got);
        }
        assertEquals(step + ":parcel " + step, parcel.step + ":" + parcel.text, where + "the parcel's fields");
        assertEquals(step + ":body " + step, shared.fromBody + ":" + shared.fromBodyText, where + "the shared fields");
    }

    /**
     * Verifies rule 8.7: a coroutine may be driven by a different thread at every step, one call at a time;
     * it belongs to none of them. If this test fails, check for state kept per thread (thread-locals, the
     * starting thread remembered as the only caller).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_8_7_drivenFromAnyThreadInTurn(BodyForm form) throws Exception {
        Coroutine<Double, Double> avg = create(Fixtures.averager(), form);
        double[] terms = {10, 20, 30, 40, 50, 60};
        double[] means = {10.0, 15.0, 20.0, 25.0, 30.0, 35.0};
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            within("8.7", one.submit(avg::next), "priming from another thread");
        } finally {
            one.shutdownNow();
        }
        for (int i = 0; i < terms.length; i++) {
            double term = terms[i];
            ExecutorService fresh = Executors.newSingleThreadExecutor();
            try {
                assertEquals(means[i], within("8.7", fresh.submit(() -> avg.send(term)), "a send from thread " + i),
                        "rule 8.7: the mean after a send from yet another thread");
            } finally {
                fresh.shutdownNow();
            }
        }
        assertEquals(40.0, avg.send(70.0), "rule 8.7: and again from the test's own thread");
        avg.close();
    }

    /**
     * Verifies rule 8.8: a caller interrupted before or during a call gets the call's normal result and
     * finds its interrupt status still set; the coroutine goes on normally. The interrupt "during" is sent
     * while the body is inside the step of that very call, which waits for it before it yields: the call is
     * provably in progress. If this test fails, check that the backend's wait neither aborts on an interrupt
     * nor swallows it.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_8_8_interruptsNeitherAbortNorVanish(BodyForm form) throws Exception {
        CountDownLatch inStep = new CountDownLatch(1);
        AtomicBoolean interruptSent = new AtomicBoolean();
        AtomicBoolean sentWhileInStep = new AtomicBoolean();
        Duration bound = Timeouts.scaled(Timeouts.OPERATION);
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    Object sent = y.yield("ready");
                    while (true) {
                        awaitInterruptIfAsked(sent, inStep, interruptSent, sentWhileInStep, bound);
                        sent = y.yield("got " + sent);
                    }
                },
                () -> new YieldFirst<>("ready") {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        awaitInterruptIfAsked(sent, inStep, interruptSent, sentWhileInStep, bound);
                        return Step.yield("got " + sent);
                    }
                }), form);
        assertEquals("ready", c.next());

        Thread.currentThread().interrupt();
        assertEquals("got before", c.send("before"), "rule 8.8: a call made while interrupted");
        assertTrue(Thread.interrupted(), "rule 8.8: the interrupt status set before the call was lost");

        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                if (inStep.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                    caller.interrupt();
                    interruptSent.set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "corotck-tck-8.8-interrupter");
        interrupter.start();
        assertEquals("got during", c.send("during"), "rule 8.8: a call interrupted while it waits");
        boolean interrupted = Thread.interrupted();
        interrupter.join(bound.toMillis());
        if (!sentWhileInStep.get()) {
            throw Timeouts.expired("8.8", "the interrupt did not come while the body was in the step within " + bound
                    + "; the interrupter " + (interrupter.isAlive() ? "is still waiting for the step" : "ended"));
        }
        assertTrue(interrupted, "rule 8.8: the interrupt sent while the call was in progress was lost");

        assertEquals("got after", c.send("after"), "rule 8.8: the coroutine after the interrupts");
        assertTrue(!Thread.currentThread().isInterrupted(), "rule 8.8: an interrupt appeared from nowhere");
        c.close();
        assertSame(State.CLOSED, c.state());
    }

    /**
     * The body's side of rule 8.8: on the step of the call sent "during", says it is in the step and holds
     * it (a busy wait: not interruptible, the interrupt is the caller's) until the interrupt was sent.
     */
    private static void awaitInterruptIfAsked(Object sent, CountDownLatch inStep, AtomicBoolean interruptSent,
                                              AtomicBoolean sentWhileInStep, Duration bound) {
        if (!"during".equals(sent)) {
            return;
        }
        inStep.countDown();
        long deadline = System.nanoTime() + bound.toNanos();
        while (!interruptSent.get() && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
        sentWhileInStep.set(interruptSent.get());
    }
}

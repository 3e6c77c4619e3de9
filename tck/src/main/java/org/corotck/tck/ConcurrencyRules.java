package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/**
 * SPEC.md rule 8.4 under load: calls from many threads at once fail fast with AlreadyExecutingException
 * while one proceeds, and racing callers either run exactly one step each or are refused, never both.
 * The rounds are {@link TckSettings#stressRounds()}.
 */
public interface ConcurrencyRules extends TckContext {

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
        ExecutorService pool = Executors.newFixedThreadPool(threads, TckThreads.factory("8.4-caller"));
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
                assertEquals("already executing", Timeouts.within("8.4", refused, "an operation from another thread"),
                        "rule 8.4: an operation from another thread while the body runs");
            }
            assertEquals(State.RUNNING, c.state());
            release.release();
            assertEquals("step first", Timeouts.within("8.4", running, "the running send"), "rule 8.4: the running call's value");

            // Many rounds of simultaneous sends.
            CyclicBarrier start = new CyclicBarrier(threads);
            for (int round = 0; round < TckSettings.stressRounds(); round++) {
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
                    } else if (Timeouts.within("8.4", call, "a concurrent send") instanceof AlreadyExecutingException) {
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
                Object value = Timeouts.within("8.4", winner, "the winning send");
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
        int calls = 5 * TckSettings.stressRounds();
        // Each anomaly as {what went wrong, the instance}: the kinds, sorted, make a message that reads the same
        // on every run; the instances, which race, come after it.
        Queue<String[]> problems = new ConcurrentLinkedQueue<>();
        Set<Integer> stepsSeen = ConcurrentHashMap.newKeySet();
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, TckThreads.factory("8.4-caller"));
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
                Timeouts.within("8.4", racer, "a thread of racing sends");
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
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SPEC.md section 8: a call on a coroutine from inside its own body (8.1-8.3), driving it from one thread
 * after another (8.7), and interrupts (8.8). Concurrent callers are {@link ConcurrencyRules}, memory visibility
 * {@link VisibilityRules}.
 */
public interface ThreadRules extends TckContext {

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
        ExecutorService one = Executors.newSingleThreadExecutor(TckThreads.factory("8.7-caller"));
        try {
            Timeouts.within("8.7", one.submit(avg::next), "priming from another thread");
        } finally {
            one.shutdownNow();
        }
        for (int i = 0; i < terms.length; i++) {
            double term = terms[i];
            ExecutorService fresh = Executors.newSingleThreadExecutor(TckThreads.factory("8.7-caller"));
            try {
                assertEquals(means[i], Timeouts.within("8.7", fresh.submit(() -> avg.send(term)), "a send from thread " + i),
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
        Thread interrupter = TckThreads.own(new Thread(() -> {
            try {
                if (inStep.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                    caller.interrupt();
                    interruptSent.set(true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "corotck-tck-8.8-interrupter"));
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

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.Supplier;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 2: priming, with next() and with the notebook's decorator. */
public interface PrimingRules extends TckContext {

    /**
     * Verifies rule 2.1 with the notebook's {@code simple_coroutine}: next() runs the body to its first yield
     * and returns the yielded value (null for a bare yield); the send that follows finishes it.
     * If this test fails, check how the first step starts the body.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_2_1_notebookSimpleCoroutine(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> myCoro = create(Fixtures.simpleCoroutine(log), form);
        assertEquals(State.CREATED, myCoro.state());
        assertEquals(null, myCoro.next(), "rule 2.1: a bare yield yields null");
        assertEquals(List.of("-> coroutine started"), log.entries());
        assertEquals(State.SUSPENDED, myCoro.state());
        Expect.exhausted("2.1", () -> myCoro.send(42));
        assertEquals(List.of("-> coroutine started", "-> coroutine received: 42"), log.entries());
        assertEquals(State.CLOSED, myCoro.state());
    }

    /**
     * Verifies rule 2.2: {@code Coroutines.prime} returns the same coroutine SUSPENDED at its first yield.
     * If this test fails, the backend's next() on CREATED does not suspend at the first yield.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_2_2_primeSuspendsAtFirstYield(BodyForm form) {
        Coroutine<Double, Double> c = create(Fixtures.averager(), form);
        assertSame(c, Coroutines.prime(c), "rule 2.2: prime returns its argument");
        assertEquals(State.SUSPENDED, c.state());
        assertEquals(10.0, c.send(10.0));
    }

    /**
     * Verifies rule 2.3: the notebook's {@code @coroutine} decorator; every coroutine it makes is ready for
     * send. If this test fails, check rule 2.1 first.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_2_3_notebookPrimingDecorator(BodyForm form) {
        Supplier<Coroutine<Double, Double>> averager = Coroutines.primed(() -> create(Fixtures.averager(), form));
        Coroutine<Double, Double> coroAvg = averager.get();
        assertEquals(State.SUSPENDED, coroAvg.state(), "rule 2.3: the decorator primes");
        assertEquals(10.0, coroAvg.send(10.0));
        assertEquals(15.0, coroAvg.send(20.0));
        Coroutine<Double, Double> second = averager.get();
        assertEquals(40.0, second.send(40.0), "rule 2.3: each call makes a fresh primed coroutine");
        assertEquals(20.0, coroAvg.send(30.0));
    }

    /**
     * Verifies rule 2.4: a body that returns before its first yield ends the first next() with its value.
     * If this test fails, check the outcome of a first step that returns.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_2_4_returnBeforeFirstYield(BodyForm form) {
        String value = new String("early");
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> value,
                () -> (StateMachine<Object, Object>) sent -> Step.done(value)), form);
        assertSame(value, Expect.exhausted("2.4", c::next), "rule 2.4: the exhaustion carries the return value");
        assertEquals(State.CLOSED, c.state());
    }

    /**
     * Verifies rules 2.2 and 2.3 for a body that returns before its first yield: priming is next(), so it lets
     * that exhaustion through, with the return value, and the coroutine is CLOSED (the notebook's {@code @coroutine}
     * decorator on such a generator raises {@code StopIteration('early')}, CPython 3.13.0). If this test fails,
     * check that prime and primed call next() and let its outcome through, neither catching the exhaustion nor
     * handing back a CLOSED coroutine as if primed.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_2_2_primingABodyThatReturnsAtOnceLetsItsExhaustionThrough(BodyForm form) {
        String value = new String("early");
        Supplier<Coroutine<Object, Object>> returnsAtOnce = () -> create(Fixture.of(
                () -> y -> value,
                () -> (StateMachine<Object, Object>) sent -> Step.done(value)), form);
        Coroutine<Object, Object> c = returnsAtOnce.get();
        assertSame(value, Expect.exhausted("2.2", () -> Coroutines.prime(c)), "rule 2.2: prime(c) is next(c), then c");
        assertEquals(State.CLOSED, c.state());
        assertSame(value, Expect.exhausted("2.3", () -> Coroutines.primed(returnsAtOnce).get()),
                "rule 2.3: the decorator primes each coroutine it makes");
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 1: the lifecycle states, as {@code inspect.getgeneratorstate} reports them. */
public interface StatesRules extends TckContext {

    /**
     * Verifies rule 1.1: a new coroutine is CREATED and not a statement of its body has run.
     * If this test fails, check that the factory does not start the body (or its thread) eagerly.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_1_1_newCoroutineIsCreatedAndRunsNothing(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(Fixtures.simpleCoroutine(log), form);
        assertEquals(State.CREATED, c.state(), "rule 1.1: state of a new coroutine");
        assertEquals(List.of(), log.entries(), "rule 1.1: the body ran before the first next()");
    }

    /**
     * Verifies rule 1.2: after the body yields, the coroutine is SUSPENDED.
     * If this test fails, check that the state is published before send/next returns.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_1_2_yieldSuspends(BodyForm form) {
        Coroutine<Double, Double> c = create(Fixtures.averager(), form);
        c.next();
        assertEquals(State.SUSPENDED, c.state(), "rule 1.2: state after the first yield");
        c.send(10.0);
        assertEquals(State.SUSPENDED, c.state(), "rule 1.2: state after a later yield");
    }

    /**
     * Verifies rule 1.3: the body sees its own coroutine RUNNING, on every step.
     * If this test fails, check that the state becomes RUNNING before the body is resumed.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_1_3_bodySeesItselfRunning(BodyForm form) {
        AtomicReference<Coroutine<Object, Object>> self = new AtomicReference<>();
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    State first = self.get().state();
                    y.yield(first);
                    return self.get().state();
                },
                () -> new StateMachine<>() {
                    private boolean started;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (!started) {
                            started = true;
                            return Step.yield(self.get().state());
                        }
                        return Step.done(self.get().state());
                    }
                }), form);
        self.set(c);
        assertEquals(State.RUNNING, c.next(), "rule 1.3: state seen by the body on its first step");
        assertEquals(State.RUNNING, Expect.exhausted("1.3", c::next), "rule 1.3: state seen by the body on its last step");
    }

    /**
     * Verifies rule 1.4: once the body returns or raises, the coroutine is CLOSED and stays CLOSED whatever
     * is called next. If this test fails, check the transitions out of RUNNING after a return and a raise.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_1_4_endingClosesForGood(BodyForm form) {
        Coroutine<Object, Object> returned = create(Fixtures.simpleCoroutine(new EffectLog()), form);
        returned.next();
        Expect.exhausted("1.4", () -> returned.send(42));
        assertEquals(State.CLOSED, returned.state(), "rule 1.4: state after the body returned");

        Coroutine<Double, Double> raised = create(Fixtures.averager(), form);
        raised.next();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Coroutine<Object, Object> erased = (Coroutine) raised;
        Expect.thrown("1.4", () -> erased.send("spam"));
        assertEquals(State.CLOSED, raised.state(), "rule 1.4: state after the body raised");

        for (Coroutine<?, ?> c : List.of(returned, raised)) {
            Expect.exhausted("1.4", c::next);
            c.close();
            Expect.thrown("1.4", () -> c.throwInto(new IllegalStateException("probe")));
            assertEquals(State.CLOSED, c.state(), "rule 1.4: CLOSED is terminal");
        }
    }

    /**
     * Verifies rule 1.5: state() runs no body code and changes nothing, in every state.
     * If this test fails, check that state() only reads.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_1_5_stateOnlyReads(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(Fixtures.simpleCoroutine(log), form);
        for (int i = 0; i < 3; i++) {
            assertEquals(State.CREATED, c.state());
        }
        assertTrue(log.entries().isEmpty(), "rule 1.5: state() on CREATED ran the body: " + log);
        c.next();
        for (int i = 0; i < 3; i++) {
            assertEquals(State.SUSPENDED, c.state());
        }
        assertEquals(List.of("-> coroutine started"), log.entries(), "rule 1.5: state() on SUSPENDED ran the body");
        c.close();
        for (int i = 0; i < 3; i++) {
            assertEquals(State.CLOSED, c.state());
        }
        assertEquals(List.of("-> coroutine started"), log.entries(), "rule 1.5: state() on CLOSED ran the body");
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.NotStartedException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 12: bad input, and every operation on a CLOSED coroutine. */
public interface BadInputRules extends TckContext {

    /** Three CLOSED coroutines, one for each way to close: close() on CREATED, a return, a raise. */
    private List<Coroutine<Object, Object>> closedThreeWays(BodyForm form) {
        Coroutine<Object, Object> closedUnstarted = create(Fixtures.simpleCoroutine(new EffectLog()), form);
        closedUnstarted.close();
        Coroutine<Object, Object> returned = create(Fixtures.simpleCoroutine(new EffectLog()), form);
        returned.next();
        Expect.exhausted("12.x", () -> returned.send("x"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Coroutine<Object, Object> raised = (Coroutine) create(Fixtures.averager(), form);
        raised.next();
        Expect.throwsExactly("12.x", ClassCastException.class, () -> raised.send("spam"));
        return List.of(closedUnstarted, returned, raised);
    }

    /**
     * Verifies rule 12.1: throwInto(null) fails with NullPointerException in CREATED, SUSPENDED and CLOSED,
     * delivers nothing and changes nothing. If this test fails, check that the null check comes before any
     * state change.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_12_1_throwIntoNullChangesNothing(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(Fixtures.simpleCoroutine(log), form);
        Expect.throwsExactly("12.1", NullPointerException.class, () -> c.throwInto(null));
        assertEquals(State.CREATED, c.state(), "rule 12.1: state after throwInto(null) on CREATED");
        assertEquals(List.of(), log.entries(), "rule 12.1: throwInto(null) ran the body");
        assertNull(c.next());
        Expect.throwsExactly("12.1", NullPointerException.class, () -> c.throwInto(null));
        assertEquals(State.SUSPENDED, c.state(), "rule 12.1: state after throwInto(null) on SUSPENDED");
        assertEquals(List.of("-> coroutine started"), log.entries(), "rule 12.1: throwInto(null) resumed the body");
        Expect.exhausted("12.1", () -> c.send(7));
        assertEquals(List.of("-> coroutine started", "-> coroutine received: 7"), log.entries(),
                "rule 12.1: the body should go on normally after the refused throwInto");
        Expect.throwsExactly("12.1", NullPointerException.class, () -> c.throwInto(null));
        assertEquals(State.CLOSED, c.state());
    }

    /**
     * Verifies rule 12.1 while the body runs: throwInto(null) on its own coroutine, from inside the body, is
     * a NullPointerException, not an AlreadyExecutingException (CPython checks the type first); the body
     * catches it and goes on. If this test fails, check that the null check comes before the state check.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_12_1_throwIntoNullWhileRunningIsNullPointerException(BodyForm form) {
        AtomicReference<Coroutine<Object, Object>> self = new AtomicReference<>();
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> y.yield(throwNullIntoItself(self.get())),
                () -> new StateMachine<>() {
                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return sent == null ? Step.yield(throwNullIntoItself(self.get())) : Step.done(sent);
                    }
                }), form);
        self.set(c);
        assertEquals(NullPointerException.class.getName(), c.next(), "rule 12.1: what throwInto(null) threw inside the body");
        assertEquals(State.SUSPENDED, c.state(), "rule 12.1: the body went on to its yield");
        assertEquals("done", Expect.exhausted("12.1", () -> c.send("done")));
    }

    /** Calls {@code self.throwInto(null)} from inside its body; returns the name of what it threw. */
    private static String throwNullIntoItself(Coroutine<Object, Object> self) {
        try {
            self.throwInto(null);
            return "nothing";
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    /**
     * Verifies rule 12.2: next() and send(v) on a CLOSED coroutine throw CoroutineExhaustedException with a
     * null value, however it closed, as often as called. If this test fails, check the CLOSED branch of send.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_12_2_closedIsExhausted(BodyForm form) {
        for (Coroutine<Object, Object> c : closedThreeWays(form)) {
            for (Object v : new Object[] {null, "x", 42, c}) {
                assertNull(Expect.exhausted("12.2", () -> c.send(v)), "rule 12.2: send on CLOSED carries no value");
                assertNull(Expect.exhausted("12.2", c::next), "rule 12.2: next on CLOSED carries no value");
            }
            assertEquals(State.CLOSED, c.state());
        }
    }

    /**
     * Verifies rule 12.3: a non-null send to a CREATED coroutine fails with NotStartedException and leaves it
     * CREATED, its body untouched; a later next() starts it normally. If this test fails, check that the
     * check precedes the move to RUNNING.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_12_3_nonNullSendToCreatedIsRefused(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(Fixtures.simpleCoroutine(log), form);
        Expect.throwsExactly("12.3", NotStartedException.class, () -> c.send("too early"));
        assertEquals(State.CREATED, c.state(), "rule 12.3: state after the refused send");
        assertEquals(List.of(), log.entries(), "rule 12.3: the refused send ran the body");
        assertNull(c.next(), "rule 12.3: next() after the refused send");
        assertEquals(List.of("-> coroutine started"), log.entries());
        Expect.exhausted("12.3", () -> c.send(42));
        assertEquals(List.of("-> coroutine started", "-> coroutine received: 42"), log.entries());
    }

    /**
     * Verifies rule 12.4: throwInto(e) on a CLOSED coroutine throws that same e, checked or not.
     * If this test fails, check the CLOSED branch of throwInto.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_12_4_throwIntoClosedRethrows(BodyForm form) {
        for (Coroutine<Object, Object> c : closedThreeWays(form)) {
            IllegalStateException unchecked = new IllegalStateException("into a closed coroutine");
            IOException checked = new IOException("checked, into a closed coroutine");
            Expect.throwsSame("12.4", unchecked, () -> c.throwInto(unchecked));
            Expect.throwsSame("12.4", checked, () -> c.throwInto(checked));
            assertEquals(State.CLOSED, c.state());
        }
    }

    /**
     * Verifies rule 12.5: close() on a CLOSED coroutine returns null, as often as called, and runs nothing.
     * If this test fails, check that close is idempotent.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_12_5_closeIsIdempotent(BodyForm form) {
        for (Coroutine<Object, Object> c : closedThreeWays(form)) {
            for (int i = 0; i < 3; i++) {
                assertNull(c.close(), "rule 12.5: close() on CLOSED returns null");
            }
            assertEquals(State.CLOSED, c.state());
        }
    }

    /**
     * Verifies rule 12.7: a state machine that answers null instead of a Step, from resume (its first step),
     * resumeThrowing or resumeReturned, ends its coroutine: the call raises a NullPointerException whose
     * message names the machine's class, the coroutine is CLOSED, and later calls are exhaustion. If this test
     * fails, check that the machine runner treats a null answer as the body raising, not as a yield of nothing.
     */
    @Test
    default void required_12_7_aStateMachineAnsweringNullEndsWithANullPointerExceptionNamingIt() {
        class NullAtFirstStep implements StateMachine<Object, Object> {
            @Override
            public Step<Object, Object> resume(Object sent) {
                return null;
            }
        }
        class NullWhenThrownInto extends YieldFirst<Object, Object> {
            NullWhenThrownInto() {
                super(1);
            }

            @Override
            protected Step<Object, Object> next(Object sent) {
                return Step.done(null);
            }

            @Override
            public Step<Object, Object> resumeThrowing(Throwable thrown) {
                return null;
            }
        }
        Coroutine<Object, Object> returnsAtOnce = backend().stateMachine(sent -> Step.done("sub's value"));
        class NullWhenItsSubReturns implements StateMachine<Object, Object> {
            @Override
            public Step<Object, Object> resume(Object sent) {
                return Step.delegate(returnsAtOnce);
            }

            @Override
            public Step<Object, Object> resumeReturned(Object value) {
                return null;
            }
        }
        Coroutine<Object, Object> atFirst = backend().stateMachine(new NullAtFirstStep());
        expectNullAnswer(atFirst, NullAtFirstStep.class, atFirst::next);
        Coroutine<Object, Object> thrownInto = backend().stateMachine(new NullWhenThrownInto());
        assertEquals(1, thrownInto.next());
        expectNullAnswer(thrownInto, NullWhenThrownInto.class,
                () -> thrownInto.throwInto(new IllegalArgumentException("rule 12.7: answered with null")));
        Coroutine<Object, Object> delegating = backend().stateMachine(new NullWhenItsSubReturns());
        expectNullAnswer(delegating, NullWhenItsSubReturns.class, delegating::next);
    }

    private static void expectNullAnswer(Coroutine<Object, Object> c, Class<?> machine, Executable call) {
        Throwable raised = Expect.thrown("12.7", call);
        assertInstanceOf(NullPointerException.class, raised, "rule 12.7: a null answer of " + machine.getSimpleName());
        String message = String.valueOf(raised.getMessage());
        assertTrue(message.contains(machine.getName()), () -> "rule 12.7: the message should name " + machine.getName()
                + ", was: " + message);
        assertEquals(State.CLOSED, c.state(), "rule 12.7: after a null answer of " + machine.getSimpleName());
        Throwable after = Expect.thrown("12.7", c::next);
        assertInstanceOf(CoroutineExhaustedException.class, after, "rule 12.7: a later next() is exhaustion");
    }

    /**
     * Verifies rule 12.6: a Yielder used from outside its body's execution fails with IllegalStateException
     * and changes nothing; the coroutine goes on normally. If this test fails, check that yield verifies
     * it runs on the body (its thread, or its continuation).
     */
    @Test
    default void optional_12_6_yieldOutsideTheBodyIsRefused() {
        AtomicReference<Yielder<Object, Object>> leaked = new AtomicReference<>();
        Coroutine<Object, Object> c = TckContext.stackfulOf(backend(), y -> {
            leaked.set(y);
            Object sent = y.yield("first");
            return "got " + sent;
        });
        assertEquals("first", c.next());
        Throwable refused = Expect.thrown("12.6", () -> leaked.get().yield("from outside"));
        assertInstanceOf(IllegalStateException.class, refused, "rule 12.6: a yield from outside the body");
        assertEquals(State.SUSPENDED, c.state(), "rule 12.6: state after the refused yield");

        // yieldFrom from outside is refused too, before it touches the sub-coroutine
        EffectLog sub = new EffectLog();
        Coroutine<Object, Object> untouched = TckContext.stackfulOf(backend(), y -> {
            sub.add("sub ran");
            return null;
        });
        Throwable refusedDelegation = Expect.thrown("12.6", () -> leaked.get().yieldFrom(untouched));
        assertInstanceOf(IllegalStateException.class, refusedDelegation, "rule 12.6: a yieldFrom from outside the body");
        assertEquals(List.of(), sub.entries(), "rule 12.6: a refused yieldFrom ran the sub-coroutine");
        assertEquals(State.CREATED, untouched.state(), "rule 12.6: the sub-coroutine of a refused yieldFrom");

        // and from inside another coroutine's body, where a yield could suspend the wrong body
        Coroutine<Object, Object> other = TckContext.stackfulOf(backend(), y -> {
            Object first;
            try {
                leaked.get().yield("from another body");
                first = "the other body's yield went through";
            } catch (IllegalStateException expected) {
                first = "refused";
            }
            Object second;
            try {
                leaked.get().yieldFrom(untouched);
                second = "the other body's yieldFrom went through";
            } catch (IllegalStateException expected) {
                second = "refused";
            }
            return y.yield(first + ", " + second);
        });
        assertEquals("refused, refused", Expect.returns("12.6", other::next),
                "rule 12.6: a yield, then a yieldFrom, on c's yielder from another coroutine's body");
        assertEquals(List.of(), sub.entries(), "rule 12.6: a refused yieldFrom from another body ran the sub-coroutine");
        assertEquals(State.CREATED, untouched.state(), "rule 12.6: the sub-coroutine of a refused yieldFrom from another body");
        assertEquals(State.SUSPENDED, c.state(), "rule 12.6: state after the refused yields");
        assertEquals("got x", Expect.exhausted("12.6", () -> c.send("x")), "rule 12.6: the body after the refused yield");
        other.close();
    }
}

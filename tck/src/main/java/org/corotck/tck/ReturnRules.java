package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 4: return values travel in the exhaustion, once (PEP 380). */
public interface ReturnRules extends TckContext {

    /** Yields once, then returns what the second send passed in. */
    private static Fixture<Object, Object> returnsWhatItIsSent() {
        return Fixture.of(
                () -> y -> {
                    y.yield("waiting");
                    return y.yield("send the return value");
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return switch (pc++) {
                            case 0 -> Step.yield("waiting");
                            case 1 -> Step.yield("send the return value");
                            default -> Step.done(sent);
                        };
                    }
                });
    }

    /**
     * Verifies rule 4.1: when the body returns r, the call throws CoroutineExhaustedException whose value()
     * is that same r, and the coroutine is CLOSED; a body that returns null gives null. If this test
     * fails, check that the return value is attached to the exhaustion and not dropped.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_4_1_exhaustionCarriesTheReturnValue(BodyForm form) {
        Object r = new StringBuilder("the return value");
        Coroutine<Object, Object> c = create(returnsWhatItIsSent(), form);
        c.next();
        c.next();
        assertSame(r, Expect.exhausted("4.1", () -> c.send(r)), "rule 4.1: value() must be the returned instance");
        assertEquals(State.CLOSED, c.state());

        Coroutine<Object, Object> nothing = create(returnsWhatItIsSent(), form);
        nothing.next();
        nothing.next();
        assertNull(Expect.exhausted("4.1", nothing::next), "rule 4.1: a body that returns null");
    }

    /**
     * Verifies rule 4.2 with the chapter's averager: after 10, 30, 6.5, sending null ends it with
     * Result(count=3, average=15.5); an exception object returned is a value, not raised. If this test
     * fails, check that return values pass through unchanged, whatever their type.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_4_2_notebookAveragerReturnsResult(BodyForm form) {
        Coroutine<Double, Double> coroAvg = Coroutines.prime(create(Fixtures.averagerWithResult(), form));
        assertNull(coroAvg.send(10.0));
        assertNull(coroAvg.send(30.0));
        assertNull(coroAvg.send(6.5));
        assertEquals(new Fixtures.Result(3, 15.5), Expect.exhausted("4.2", () -> coroAvg.send(null)),
                "rule 4.2: the chapter's Result(count=3, average=15.5)");

        IllegalStateException notRaised = new IllegalStateException("returned, not raised");
        Coroutine<Object, Object> c = create(returnsWhatItIsSent(), form);
        c.next();
        c.next();
        assertSame(notRaised, Expect.exhausted("4.2", () -> c.send(notRaised)),
                "rule 4.2: an exception object returned must arrive as the value");
    }

    /**
     * Verifies rule 4.3: a return value is delivered once; every later next/send is exhaustion with null.
     * If this test fails, check that the CLOSED state does not keep the last outcome.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_4_3_returnValueIsDeliveredOnce(BodyForm form) {
        Coroutine<Object, Object> c = create(returnsWhatItIsSent(), form);
        c.next();
        c.next();
        assertEquals("once", Expect.exhausted("4.3", () -> c.send("once")));
        for (int i = 0; i < 3; i++) {
            assertNull(Expect.exhausted("4.3", c::next), "rule 4.3: the return value was repeated by next()");
            assertNull(Expect.exhausted("4.3", () -> c.send("again")), "rule 4.3: the return value was repeated by send()");
        }
    }
}

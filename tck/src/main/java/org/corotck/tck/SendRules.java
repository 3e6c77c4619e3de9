package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.State;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 3: send, next, and the values that cross in both directions. */
public interface SendRules extends TckContext {

    /** Yields whatever it was sent, the first time the marker "ready"; never ends by itself. */
    private static Fixture<Object, Object> echo() {
        return Fixture.of(
                () -> y -> {
                    Object out = "ready";
                    while (true) {
                        out = y.yield(out);
                    }
                },
                () -> new YieldFirst<>("ready") {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        return Step.yield(sent);
                    }
                });
    }

    /**
     * Verifies rule 3.1: next() on a SUSPENDED coroutine resumes it with null at its pending yield.
     * If this test fails, check that next() is send(null) and that no stale sent value is delivered.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_3_1_nextDeliversNull(BodyForm form) {
        Coroutine<Object, Object> c = create(echo(), form);
        assertEquals("ready", c.next());
        assertEquals("x", c.send("x"));
        assertNull(c.next(), "rule 3.1: after send(\"x\"), next() must deliver null, not the previous value");
        assertEquals(State.SUSPENDED, c.state());
    }

    /**
     * Verifies rule 3.2: send(v) delivers v to the pending yield and returns the next yielded value.
     * If this test fails, check the order of delivery: each send's value must reach the yield it resumes.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_3_2_sendDeliversValueAndReturnsNextYield(BodyForm form) {
        Coroutine<Object, Object> c = create(echo(), form);
        c.next();
        for (int i = 0; i < 50; i++) {
            assertEquals(i, c.send(i), "rule 3.2: send(" + i + ") should come back from the next yield");
        }
        assertEquals(State.SUSPENDED, c.state());
    }

    /**
     * Verifies rule 3.3: values cross by reference, the same instances both ways, null included.
     * If this test fails, check that the backend neither copies nor converts values.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_3_3_valuesCrossByReference(BodyForm form) {
        Coroutine<Object, Object> c = create(echo(), form);
        c.next();
        Object[] values = {new Object(), new String("same"), List.of(1, 2), new StringBuilder("mutable"), null, c};
        for (Object v : values) {
            assertSame(v, c.send(v), "rule 3.3: the value came back as another instance");
        }
        c.close(); // the body held its own coroutine, which keeps it from finalization: end it here
    }

    /**
     * Verifies rule 3.4 with the notebook's values: a primed averager sent 10, 20, 30 yields 10.0, 15.0, 20.0.
     * If this test fails, check rules 2.2 and 3.2 first.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_3_4_notebookAverager(BodyForm form) {
        Coroutine<Double, Double> coroAvg = Coroutines.prime(create(Fixtures.averager(), form));
        assertEquals(10.0, coroAvg.send(10.0), "rule 3.4: send(10)");
        assertEquals(15.0, coroAvg.send(20.0), "rule 3.4: send(20)");
        assertEquals(20.0, coroAvg.send(30.0), "rule 3.4: send(30)");
    }

    /**
     * Verifies rule 3.4 as a property: for any list of doubles, a primed averager yields exactly the running
     * means by the same arithmetic, bit for bit. The number of examples is {@code corotck.examples}
     * (default 200); QuickTheories prints the seed of a failure and {@code -DQT_SEED} replays it.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void required_3_4_averagerYieldsRunningMeansForAnyDoubles(BodyForm form) {
        assumeForm(form);
        TckSettings.qt(examples())
                .forAll(lists().of(doubles().between(-1e9, 1e9)).ofSizeBetween(0, 20))
                .checkAssert(terms -> {
                    Coroutine<Double, Double> avg = Coroutines.prime(create(Fixtures.averager(), form));
                    List<Double> expected = new ArrayList<>();
                    List<Double> actual = new ArrayList<>();
                    double total = 0.0;
                    int count = 0;
                    for (double term : terms) {
                        total += term;
                        count += 1;
                        expected.add(total / count);
                        actual.add(avg.send(term));
                    }
                    avg.close();
                    assertEquals(expected, actual, "rule 3.4: running means of " + terms);
                });
    }
}

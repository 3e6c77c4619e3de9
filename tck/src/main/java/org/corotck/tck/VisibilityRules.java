package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/**
 * SPEC.md rules 8.5 and 8.6: what the caller wrote before a send is visible to the body, and what the body
 * wrote before a yield, a return or a raise is visible to the caller (happens-before both ways).
 */
public interface VisibilityRules extends TckContext {

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
        for (int i = 1; i <= 20 * TckSettings.stressRounds(); i++) {
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
        for (int round = 0; round < TckSettings.stressRounds(); round++) {
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
}

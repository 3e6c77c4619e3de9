package org.corotck.tck;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.State;
import org.opentest4j.AssertionFailedError;
import org.quicktheories.core.Gen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Model-based properties: random operation sequences on random {@link ScriptedProgram}s, each step checked
 * against the {@link ReferenceModel}. QuickTheories shrinks a failure to the shortest failing program and
 * sequence and prints the seed; {@code -DQT_SEED=...} replays it. The number of examples is
 * {@code corotck.examples} (default 200).
 */
public interface ModelBasedProperties extends TckContext {

    /** One operation of a sequence; {@code arg} picks the sent value or the kind of exception. */
    record Op(Kind kind, int arg) {
        enum Kind { NEXT, SEND, THROW, CLOSE, STATE }

        static final Object[] SENT = {"a", 7, null, "b"};

        Throwable freshError() {
            return switch (arg) {
                case 0 -> new IllegalArgumentException("thrown in");
                case 1 -> new IOException("checked, thrown in");
                case 2 -> new CoroutineExhaustedException("thrown-in exhaustion");
                default -> new CoroutineExit();
            };
        }

        @Override
        public String toString() {
            return switch (kind) {
                case NEXT -> "next()";
                case SEND -> "send(" + SENT[arg] + ")";
                case THROW -> "throwInto(" + freshError().getClass().getSimpleName() + ")";
                case CLOSE -> "close()";
                case STATE -> "state()";
            };
        }
    }

    private static Gen<ScriptedProgram> programs() {
        return lists().of(arbitrary().enumValues(ScriptedProgram.Handler.class)).ofSizeBetween(0, 4).map(ScriptedProgram::new);
    }

    private static Gen<List<Op>> operations() {
        Gen<Op> op = arbitrary().enumValues(Op.Kind.class).zip(integers().between(0, 3), Op::new);
        return lists().of(op).ofSizeBetween(0, 12);
    }

    /**
     * Any sequence of next, send, throwInto, close and state on any scripted program gives, step by step,
     * the outcomes, states and finally-block counts that the reference model of SPEC.md predicts
     * (rules 1.x-7.x, 12.x together). If this test fails, the message names the program, the shrunk
     * sequence, the step and what was expected; rerun with the printed seed as -DQT_SEED.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 240)
    default void property_randomOperationSequencesFollowTheReferenceModel(BodyForm form) {
        create(Fixtures.averager(), form).close(); // skips the stackful half on backends without STACKFUL
        qt().withExamples(examples())
                .forAll(programs(), operations())
                .checkAssert((program, ops) -> runAgainstModel(form, program, ops));
    }

    private void runAgainstModel(BodyForm form, ScriptedProgram program, List<Op> ops) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(program.fixture(log), form);
        ReferenceModel model = new ReferenceModel(program);
        List<String> done = new ArrayList<>();
        try {
            for (Op op : ops) {
                String expected;
                String actual;
                Throwable given = null;
                switch (op.kind()) {
                    case NEXT -> {
                        expected = model.send(null);
                        actual = outcome(() -> ReferenceModel.Outcomes.yielded(c.next()), null);
                    }
                    case SEND -> {
                        Object v = Op.SENT[op.arg()];
                        expected = model.send(v);
                        actual = outcome(() -> ReferenceModel.Outcomes.yielded(c.send(v)), null);
                    }
                    case THROW -> {
                        Throwable error = op.freshError();
                        given = error;
                        expected = model.throwInto(error);
                        actual = outcome(() -> ReferenceModel.Outcomes.yielded(c.throwInto(error)), error);
                    }
                    case CLOSE -> {
                        expected = model.close();
                        actual = outcome(() -> ReferenceModel.Outcomes.closed(c.close()), null);
                    }
                    default -> {
                        expected = "state " + model.state();
                        actual = "state " + c.state();
                    }
                }
                done.add(op.toString());
                check(program, done, "outcome", expected, actual);
                check(program, done, "state after", model.state(), c.state());
                check(program, done, "finally blocks run", model.finallies(), log.entries().size());
            }
        } finally {
            closeForGood(c);
        }
    }

    private static void check(ScriptedProgram program, List<String> done, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new AssertionFailedError("reference model disagrees on " + what + " after " + done
                    + " on " + program + ": expected <" + expected + "> but was <" + actual + ">", expected, actual);
        }
    }

    private static String outcome(java.util.concurrent.Callable<String> op, Throwable given) {
        try {
            return op.call();
        } catch (Throwable t) {
            return ReferenceModel.Outcomes.of(t, given);
        }
    }

    /** Ends a coroutine the sequence left open, so that no backend thread outlives the example. */
    private static void closeForGood(Coroutine<Object, Object> c) {
        for (int i = 0; i < 10 && c.state() != State.CLOSED; i++) {
            try {
                c.close();
            } catch (Throwable ignored) {
                // an ignored close request leaves it SUSPENDED: close again, the catch block has no handler
            }
        }
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 5: what the body raises reaches the caller, the same instance, and ends the coroutine. */
public interface BodyExceptionRules extends TckContext {

    /** Yields 0, 1, ... and at step {@code failAt} throws what {@code error} supplies; logs its finally. */
    private static Fixture<Object, Object> failingAt(int failAt, Supplier<Throwable> error, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        for (int i = 0; ; i++) {
                            if (i == failAt) {
                                throw Expect.sneaky(error.get());
                            }
                            y.yield(i);
                        }
                    } finally {
                        log.add("finally");
                    }
                },
                () -> new StateMachine<>() {
                    private int i;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (i == failAt) {
                            log.add("finally");
                            return Step.raise(error.get());
                        }
                        return Step.yield(i++);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        log.add("finally");
                        return Step.raise(thrown);
                    }
                });
    }

    /**
     * Verifies rule 5.1: for any exception a body throws at any step (unchecked, checked, or an Error), the
     * same instance reaches the caller unwrapped, the finally block runs once, the state is CLOSED and every
     * later next/send is exhaustion with null. Property-based: the step and the kind are random.
     * If this test fails, check that the backend rethrows the body's exception without wrapping it.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void required_5_1_bodyExceptionReachesTheCallerUnchanged(BodyForm form) {
        assumeForm(form);
        List<Supplier<Throwable>> kinds = List.of(
                () -> new IllegalArgumentException("unchecked"),
                () -> new IOException("checked"),
                () -> new AssertionError("an Error"),
                () -> new UnsupportedOperationException("another unchecked"));
        TckSettings.qt(Math.max(20, examples() / 4))
                .forAll(integers().between(0, 5), integers().between(0, kinds.size() - 1))
                .checkAssert((failAt, kind) -> {
                    Throwable[] thrown = new Throwable[1];
                    EffectLog log = new EffectLog();
                    Coroutine<Object, Object> c = create(failingAt(failAt, () -> thrown[0] = kinds.get(kind).get(), log), form);
                    for (int i = 0; i < failAt; i++) {
                        assertEquals(i, c.next());
                    }
                    Throwable reached = Expect.thrown("5.1", c::next);
                    assertSame(thrown[0], reached, "rule 5.1: the caller got another exception than the body's");
                    assertEquals(State.CLOSED, c.state(), "rule 5.1: state after the body raised");
                    assertEquals(List.of("finally"), log.entries(), "rule 5.1: the finally block should run once");
                    assertNull(Expect.exhausted("5.1", c::next));
                    assertNull(Expect.exhausted("5.1", () -> c.send("later")));
                });
    }

    /**
     * Verifies rule 5.1 for a CoroutineExit the body raises itself, which is no close request: raised on a send
     * inside a try-with-resources whose resource fails to close, it reaches the caller as that same exit with
     * the failure suppressed in it, as Java's try-with-resources leaves it (SPEC, beside the mapping table: only
     * a close request, close()'s own or one thrown in, is replaced by the failure, rules 6.7 and 7.10). If this
     * test fails, check that a resource's failure is taken out of a CoroutineExit only when the caller sent it.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_5_1_anExitTheBodyRaisesThroughAFailingResourceReachesTheCallerAsItself(BodyForm form) {
        EffectLog log = new EffectLog();
        CoroutineExit own = new CloseFixtures.OwnExit();
        IllegalStateException failure = new IllegalStateException("resource failed to close");
        Coroutine<Object, Object> c = create(CloseFixtures.FailingResource.raisingInside("resource", "suspended", own, failure, log), form);
        assertEquals("suspended", c.next());
        Expect.throwsSame("5.1", own, () -> c.send("go on"));
        assertEquals(List.of(failure), List.of(own.getSuppressed()), "rule 5.1: the resource's failure, suppressed in the exit");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("resource closed"), log.entries());
    }

    /**
     * Verifies rule 5.2, the notebook's termination: 40.0 and 45.0, then "spam" sent through an erased
     * reference fails inside the body with its own ClassCastException; the coroutine is CLOSED and send(60)
     * is exhaustion. If this test fails, check that the body's exception propagates unchanged.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_5_2_notebookSpamTermination(BodyForm form) {
        Coroutine<Double, Double> coroAvg = create(Fixtures.averager(), form);
        coroAvg.next();
        assertEquals(40.0, coroAvg.send(40.0));
        assertEquals(45.0, coroAvg.send(50.0));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Coroutine<Object, Object> erased = (Coroutine) coroAvg;
        ClassCastException typeError = Expect.throwsExactly("5.2", ClassCastException.class, () -> erased.send("spam"));
        // The body's own exception, thrown where the body unboxed "spam": its trace starts there. (HotSpot
        // throws a preallocated one without a trace once a cast has failed very often in one JVM; a JVM that
        // runs the TCK many times, such as the self-test's, runs with -XX:-OmitStackTraceInFastThrow.)
        StackTraceElement[] trace = typeError.getStackTrace();
        assertEquals(true, trace.length > 0 && trace[0].getClassName().startsWith(Fixtures.class.getName()),
                () -> "rule 5.2: the ClassCastException must be the body's own, thrown in the body; it was thrown at "
                        + (trace.length == 0 ? "(no trace: not the body's own)" : trace[0]));
        assertEquals(State.CLOSED, coroAvg.state(), "rule 5.2: state after 'spam'");
        Expect.exhausted("5.2", () -> coroAvg.send(60.0));
    }

    /**
     * Verifies rule 5.2 where a stack trace cannot tell: the ClassCastException that reaches the caller is the
     * very instance the body's cast raised, not a new one (HotSpot may throw the body's own without a trace,
     * so the notebook test above accepts an empty trace). If this test fails, check that the body's exception
     * is rethrown as it is, not copied or replaced.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_5_2_theTypeErrorIsTheBodysOwnInstance(BodyForm form) {
        AtomicReference<ClassCastException> own = new AtomicReference<>();
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    try {
                        return (Double) y.yield(null);
                    } catch (ClassCastException e) {
                        own.set(e);
                        throw e;
                    }
                },
                () -> new YieldFirst<>(null) {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        try {
                            return Step.done((Double) sent);
                        } catch (ClassCastException e) {
                            own.set(e);
                            throw e;
                        }
                    }
                }), form);
        c.next();
        ClassCastException reached = Expect.throwsExactly("5.2", ClassCastException.class, () -> c.send("spam"));
        assertSame(own.get(), reached, "rule 5.2: the caller got another ClassCastException than the body's");
        assertEquals(State.CLOSED, c.state(), "rule 5.2: state after the type error");
    }

    /**
     * Verifies rule 5.3: a coroutine that died of an exception stays dead: next and send are exhaustion with
     * null, throwInto(e) rethrows e, close() returns null. If this test fails, check the CLOSED branch after
     * a raise.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_5_3_deadCoroutineStaysDead(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(failingAt(1, () -> new IllegalStateException("dies"), log), form);
        c.next();
        Expect.throwsExactly("5.3", IllegalStateException.class, c::next);
        assertNull(Expect.exhausted("5.3", c::next));
        assertNull(Expect.exhausted("5.3", () -> c.send("x")));
        IllegalArgumentException e = new IllegalArgumentException("into the dead");
        Expect.throwsSame("5.3", e, () -> c.throwInto(e));
        assertNull(c.close(), "rule 5.3: close() on a dead coroutine");
        assertEquals(List.of("finally"), log.entries(), "rule 5.3: nothing of the body runs after it died");
        assertEquals(State.CLOSED, c.state());
    }

    /**
     * Verifies rule 5.4, PEP 479: a CoroutineExhaustedException escaping the body (here from next() on an
     * exhausted sub-coroutine, unguarded) reaches the caller as ExhaustionLeakedException caused by that
     * very instance, and the coroutine is CLOSED. If this test fails, check that the backend does not mistake
     * the leaked exception for a normal return.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_5_4_leakedExhaustionIsWrapped(BodyForm form) {
        CoroutineExhaustedException[] leaked = new CoroutineExhaustedException[1];
        Coroutine<Object, Object> exhausted = create(Fixtures.simpleCoroutine(new EffectLog()), BodyForm.STATE_MACHINE);
        exhausted.close();
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    y.yield("before");
                    try {
                        return exhausted.next(); // Python: an unguarded next(it) inside a generator
                    } catch (CoroutineExhaustedException e) {
                        leaked[0] = e;
                        throw e;
                    }
                },
                () -> new YieldFirst<>("before") {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        try {
                            return Step.done(exhausted.next());
                        } catch (CoroutineExhaustedException e) {
                            leaked[0] = e;
                            throw e;
                        }
                    }
                }), form);
        assertEquals("before", c.next());
        ExhaustionLeakedException wrapped = Expect.throwsExactly("5.4", ExhaustionLeakedException.class, c::next);
        assertSame(leaked[0], wrapped.getCause(), "rule 5.4: the cause must be the leaked instance");
        assertEquals(State.CLOSED, c.state());
        assertNull(Expect.exhausted("5.4", c::next));
    }

    /**
     * Verifies rule 5.4 on the very first step: a CoroutineExhaustedException that escapes before the first
     * yield is wrapped as on any later step (CPython 3.13 wraps it on the first next() too). If this test
     * fails, check that the first step's outcome goes through the same PEP 479 check as the others.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_5_4_leakOnTheFirstStepIsWrappedToo(BodyForm form) {
        CoroutineExhaustedException leak = new CoroutineExhaustedException("leaked before the first yield");
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(failingAt(0, () -> leak, log), form);
        ExhaustionLeakedException wrapped = Expect.throwsExactly("5.4", ExhaustionLeakedException.class, c::next);
        assertSame(leak, wrapped.getCause(), "rule 5.4: the cause must be the leaked instance");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("finally"), log.entries());
        assertNull(Expect.exhausted("5.4", c::next));
    }

    /**
     * Verifies rule 5.5: a plain NoSuchElementException (not a CoroutineExhaustedException) escaping the body,
     * on the first step or a later one, is no exhaustion: the same instance reaches the caller, and the
     * coroutine is CLOSED. If this test fails, check that only CoroutineExhaustedException is taken for
     * exhaustion or wrapped by PEP 479, not its superclass.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_5_5_plainNoSuchElementExceptionIsNotExhaustion(BodyForm form) {
        for (int failAt : new int[] {0, 2}) {
            NoSuchElementException plain = new NoSuchElementException("an unguarded iterator.next() in the body");
            EffectLog log = new EffectLog();
            Coroutine<Object, Object> c = create(failingAt(failAt, () -> plain, log), form);
            for (int i = 0; i < failAt; i++) {
                assertEquals(i, c.next());
            }
            Expect.throwsSame("5.5", plain, c::next);
            assertEquals(State.CLOSED, c.state(), "rule 5.5: state after the body raised");
            assertEquals(List.of("finally"), log.entries());
            assertNull(Expect.exhausted("5.5", c::next));
        }
    }
}

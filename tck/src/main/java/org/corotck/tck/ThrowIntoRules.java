package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
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

/** SPEC.md section 6: throwInto raises an exception at the body's pending yield. */
public interface ThrowIntoRules extends TckContext {

    /** What the handler around the body's one yield does with an IllegalArgumentException. */
    enum OnCatch { NO_HANDLER, YIELD, RETURN, RAISE }

    /** The exception {@link #guarded} raises from its handler, with the caught one as cause. */
    final class Raised extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Raised(Throwable cause) {
            super("raised by the handler", cause);
        }
    }

    /**
     * Logs "started", yields "suspended" inside {@code try { ... } catch (IllegalArgumentException e) {...}
     * finally { log "finally" }}; the handler does what {@code onCatch} says, then the body yields "after".
     */
    private static Fixture<Object, Object> guarded(OnCatch onCatch, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    log.add("started");
                    try {
                        y.yield("suspended");
                    } catch (IllegalArgumentException e) {
                        log.add("caught " + e.getMessage());
                        switch (onCatch) {
                            case YIELD -> y.yield("handled");
                            case RETURN -> {
                                return "returned from handler";
                            }
                            case RAISE -> throw new Raised(e);
                            case NO_HANDLER -> throw e;
                        }
                    } finally {
                        log.add("finally");
                    }
                    return y.yield("after");
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        switch (pc) {
                            case 0 -> {
                                log.add("started");
                                pc = 1;
                                return Step.yield("suspended");
                            }
                            case 1, 2 -> {
                                log.add("finally");
                                pc = 3;
                                return Step.yield("after");
                            }
                            default -> {
                                return Step.done(sent);
                            }
                        }
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        boolean handles = pc == 1 && thrown instanceof IllegalArgumentException && onCatch != OnCatch.NO_HANDLER;
                        if (pc == 1 || pc == 2) {
                            if (!handles) {
                                log.add("finally");
                                return Step.raise(thrown);
                            }
                            log.add("caught " + thrown.getMessage());
                            switch (onCatch) {
                                case YIELD -> {
                                    pc = 2;
                                    return Step.yield("handled");
                                }
                                case RETURN -> {
                                    log.add("finally");
                                    return Step.done("returned from handler");
                                }
                                default -> {
                                    log.add("finally");
                                    return Step.raise(new Raised(thrown));
                                }
                            }
                        }
                        return Step.raise(thrown);
                    }
                });
    }

    /**
     * Verifies rule 6.1: throwInto(e) on a CREATED coroutine throws that same e and closes it without
     * running anything: no handler and no finally block of the body is entered. If this test fails, check
     * that the backend does not start the body to deliver the exception.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_1_throwIntoCreatedRunsNothing(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.YIELD, log), form);
        IllegalArgumentException e = new IllegalArgumentException("at the start");
        Expect.throwsSame("6.1", e, () -> c.throwInto(e));
        assertEquals(State.CLOSED, c.state(), "rule 6.1: state after throwInto on CREATED");
        assertEquals(List.of(), log.entries(), "rule 6.1: the body (a handler or finally) ran");
        assertNull(Expect.exhausted("6.1", c::next));
    }

    /**
     * Verifies rule 6.2: a CoroutineExhaustedException thrown into a CREATED coroutine comes out as itself,
     * not converted by PEP 479 (CPython 3.12+). If this test fails, check that the PEP 479 wrapping applies
     * only to exceptions raised by a running body.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_2_exhaustionThrownIntoCreatedIsNotConverted(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.YIELD, log), form);
        CoroutineExhaustedException e = new CoroutineExhaustedException("thrown in");
        Expect.throwsSame("6.2", e, () -> c.throwInto(e));
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of(), log.entries(), "rule 6.2: the body ran");
    }

    /**
     * Verifies rule 6.3: an exception the body does not catch propagates, the same instance, after the body's
     * finally block ran once; the coroutine is CLOSED. If this test fails, check that the exception is raised
     * at the pending yield (so finally blocks run) and rethrown unwrapped.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_3_uncaughtThrowIntoPropagatesThroughFinally(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.YIELD, log), form);
        c.next();
        IllegalStateException e = new IllegalStateException("not caught by the body");
        Expect.throwsSame("6.3", e, () -> c.throwInto(e));
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("started", "finally"), log.entries(), "rule 6.3: the finally block should run once");
    }

    /**
     * Verifies rule 6.4: a body that catches the exception and yields y makes throwInto return y; it stays
     * SUSPENDED and goes on normally. If this test fails, check that throwInto returns the next yielded value.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_4_caughtAndYieldedReturnsTheValue(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.YIELD, log), form);
        c.next();
        assertEquals("handled", Expect.returns("6.4", () -> c.throwInto(new IllegalArgumentException("x"))), "rule 6.4: throwInto's value");
        assertEquals(State.SUSPENDED, c.state());
        assertEquals("after", c.next());
        assertEquals("end", Expect.exhausted("6.4", () -> c.send("end")));
        assertEquals(List.of("started", "caught x", "finally"), log.entries());
    }

    /**
     * Verifies rule 6.5: a body that catches the exception and returns r ends throwInto with exhaustion
     * carrying r. If this test fails, check the outcome of a throwInto step that returns.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_5_caughtAndReturnedIsExhaustionWithTheValue(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.RETURN, log), form);
        c.next();
        assertEquals("returned from handler", Expect.exhausted("6.5", () -> c.throwInto(new IllegalArgumentException("x"))));
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("started", "caught x", "finally"), log.entries());
    }

    /**
     * Verifies rule 6.6: a handler that raises X makes X reach the caller, carrying the caught exception only
     * because the body attached it as cause. If this test fails, check that the new exception is not replaced
     * by the thrown one.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_6_handlerRaisingPropagatesItsOwnException(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.RAISE, log), form);
        c.next();
        IllegalArgumentException e = new IllegalArgumentException("x");
        Raised raised = Expect.throwsExactly("6.6", Raised.class, () -> c.throwInto(e));
        assertSame(e, raised.getCause(), "rule 6.6: the cause the body attached");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("started", "caught x", "finally"), log.entries());
    }

    /**
     * Verifies rule 6.7: a CoroutineExit thrown in and not caught reaches the caller as that same instance,
     * unlike close(), which swallows it. If this test fails, check that only close() maps CoroutineExit to a
     * normal return.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_7_thrownCoroutineExitPropagates(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.YIELD, log), form);
        c.next();
        CoroutineExit exit = new CoroutineExit();
        Expect.throwsSame("6.7", exit, () -> c.throwInto(exit));
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("started", "finally"), log.entries());
    }

    /**
     * Verifies rule 6.7 with a resource failing on the way out: a CoroutineExit thrown into a body suspended
     * inside a try-with-resources whose resource fails to close reaches the caller as that failure, not as the
     * exit carrying it suppressed, as under close() (rule 7.10; CPython 3.13.0: under {@code with cm:} whose
     * {@code __exit__} raises X, {@code throw(GeneratorExit())} raises X). A thrown exception of another kind
     * keeps Java's try-with-resources semantics: the same instance, the failure suppressed in it; and a resource
     * whose close() throws a CoroutineExit raises no failure (rule 7.10), so the thrown exit itself comes out
     * (CPython raises the {@code __exit__}'s GeneratorExit there: a request either way). If this test fails,
     * check that a thrown CoroutineExit coming back out is judged as close()'s own request is.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_7_aResourceFailingUnderAThrownExitReachesTheCallerInstead(BodyForm form) {
        EffectLog log = new EffectLog();
        IllegalStateException failure = new IllegalStateException("resource failed to close");
        Coroutine<Object, Object> c = create(CloseFixtures.FailingResource.yieldingInside("resource", "suspended", failure, log), form);
        assertEquals("suspended", c.next());
        Expect.throwsSame("6.7", failure, () -> c.throwInto(new CoroutineExit()));
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("resource closed"), log.entries());

        EffectLog otherLog = new EffectLog();
        IllegalStateException otherFailure = new IllegalStateException("resource failed to close");
        Coroutine<Object, Object> o = create(CloseFixtures.FailingResource.yieldingInside("resource", "suspended", otherFailure, otherLog), form);
        o.next();
        IllegalArgumentException e = new IllegalArgumentException("thrown in");
        Expect.throwsSame("6.3", e, () -> o.throwInto(e));
        assertEquals(List.of(otherFailure), List.of(e.getSuppressed()), "rule 6.3: the resource's failure, suppressed in e");

        EffectLog exitingLog = new EffectLog();
        Coroutine<Object, Object> x = create(CloseFixtures.FailingResource.yieldingInside("exiting", "suspended", new CoroutineExit(), exitingLog), form);
        x.next();
        CoroutineExit thrown = new CoroutineExit();
        Expect.throwsSame("6.7", thrown, () -> x.throwInto(thrown)); // a resource's CoroutineExit is no failure (7.10)
        assertEquals(State.CLOSED, x.state());
        assertEquals(List.of("exiting closed"), exitingLog.entries());
    }

    /**
     * Verifies rule 6.8: a CoroutineExhaustedException thrown into a SUSPENDED body that does not catch it
     * reaches the caller as ExhaustionLeakedException caused by it (PEP 479). If this test fails, check that
     * the wrapping applies to a thrown-in exhaustion too.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_8_exhaustionThrownIntoSuspendedIsWrapped(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.YIELD, log), form);
        c.next();
        CoroutineExhaustedException e = new CoroutineExhaustedException("thrown in");
        ExhaustionLeakedException wrapped = Expect.throwsExactly("6.8", ExhaustionLeakedException.class, () -> c.throwInto(e));
        assertSame(e, wrapped.getCause(), "rule 6.8: the cause must be the thrown instance");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("started", "finally"), log.entries());
    }

    /**
     * Verifies rule 6.9: a checked exception thrown in and not caught reaches the caller as itself.
     * If this test fails, check that checked exceptions are not wrapped (e.g. in a RuntimeException).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_6_9_checkedExceptionPassesThrough(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(guarded(OnCatch.YIELD, log), form);
        c.next();
        IOException checked = new IOException("checked");
        Expect.throwsSame("6.9", checked, () -> c.throwInto(checked));
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("started", "finally"), log.entries());
    }
}

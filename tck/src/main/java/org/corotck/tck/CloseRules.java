package org.corotck.tck;

import static org.corotck.tck.CloseFixtures.*;
import static org.corotck.tck.programs.ProgramBuilder.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 7: close() and the close request it raises in the body. */
public interface CloseRules extends TckContext {

    private static Coroutine<Object, Object> suspended(TckContext tck, OnExit onExit, EffectLog log, BodyForm form) {
        Coroutine<Object, Object> c = tck.create(closing(onExit, log), form);
        assertEquals(SUSPENDED, c.next());
        return c;
    }

    /**
     * Verifies rule 7.1: close() on a body that does not catch the request returns null after the finally
     * blocks ran, innermost first, once each. If this test fails, check that close raises the request at the
     * yield and treats its propagation as a normal close.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_1_closeRunsFinallyBlocksInnermostFirst(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = suspended(this, OnExit.IGNORE_IT, log, form);
        assertNull(c.close(), "rule 7.1: close() returns null");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of(INNER_FINALLY, OUTER_FINALLY), log.entries(), "rule 7.1: finally blocks, innermost first, once");
    }

    /**
     * Verifies rule 7.2: close() raises a CoroutineExit at the pending yield, which the body can catch by name.
     * If this test fails, check what close delivers into the body.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_2_closeRaisesCoroutineExitAtTheYield(BodyForm form) {
        Throwable[] seen = new Throwable[1];
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    try {
                        y.yield("suspended");
                    } catch (Throwable t) {
                        seen[0] = t;
                        throw t;
                    }
                    return null;
                },
                () -> new StateMachine<>() {
                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return Step.yield("suspended");
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        seen[0] = thrown;
                        return Step.raise(thrown);
                    }
                }), form);
        c.next();
        assertNull(c.close());
        assertInstanceOf(CoroutineExit.class, seen[0], "rule 7.2: what the body saw at its yield");
    }

    /**
     * Verifies rule 7.3: a body's catch (Exception e) does not see the close request, which passes on as an
     * Error; close() returns null. If this test fails, check that the request is a CoroutineExit (an Error).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_3_catchExceptionDoesNotSwallowTheCloseRequest(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = suspended(this, OnExit.CATCH_EXCEPTION, log, form);
        assertNull(c.close());
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of(INNER_FINALLY, OUTER_FINALLY), log.entries(), "rule 7.3: catch (Exception) saw the request");
    }

    /**
     * Verifies rule 7.4: a body that catches the request and returns r makes close() return r (CPython 3.13).
     * If this test fails, check that close passes the body's return value back.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_4_closeReturnsTheBodysReturnValue(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = suspended(this, OnExit.RETURN_VALUE, log, form);
        assertEquals(RETURNED_WHILE_CLOSING, c.close(), "rule 7.4: close() returns what the body returned");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of(CAUGHT_THE_REQUEST, INNER_FINALLY, OUTER_FINALLY), log.entries());
        assertNull(c.close(), "rule 7.4: a later close() returns null");
    }

    /**
     * Verifies rule 7.5: a body that catches the request and rethrows it, or returns null, makes close()
     * return null. If this test fails, check that any CoroutineExit out of the body counts as a clean close.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_5_rethrownOrNullCloseReturnsNull(BodyForm form) {
        for (OnExit onExit : List.of(OnExit.RETHROW, OnExit.RETURN_NULL)) {
            EffectLog log = new EffectLog();
            Coroutine<Object, Object> c = suspended(this, onExit, log, form);
            assertNull(c.close(), "rule 7.5: close() after the body did " + onExit);
            assertEquals(State.CLOSED, c.state());
            assertEquals(List.of(CAUGHT_THE_REQUEST, INNER_FINALLY, OUTER_FINALLY), log.entries());
        }
    }

    /**
     * Verifies rule 7.6: a body that yields while handling the request makes close() throw
     * IgnoredExitException; it stays SUSPENDED and a later next() resumes it normally. If this test fails,
     * check that close does not mark the coroutine CLOSED when the body yielded.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_6_yieldWhileClosingIsIgnoredExit(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = suspended(this, OnExit.YIELD, log, form);
        Expect.throwsExactly("7.6", IgnoredExitException.class, c::close);
        assertEquals(State.SUSPENDED, c.state(), "rule 7.6: state after an ignored close request");
        assertEquals(List.of(CAUGHT_THE_REQUEST), log.entries(), "rule 7.6: no finally may have run yet");
        assertEquals(FELL_OFF_THE_END, Expect.exhausted("7.6", c::next), "rule 7.6: resuming goes on normally");
        assertEquals(List.of(CAUGHT_THE_REQUEST, INNER_FINALLY, OUTER_FINALLY), log.entries());
    }

    /**
     * Verifies rule 7.7: a finally block that yields during close() gives IgnoredExitException; the next
     * next() finishes that finally block, and the pending CoroutineExit then reaches its caller. If this test
     * fails, check that the close request is still pending in the finally block, as in Java and Python.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_7_yieldInFinallyDuringClose(BodyForm form) {
        EffectLog log = new EffectLog();
        String starts = "0";
        String ends = "1";
        // try: yield 1 / finally: LOG.append(0); yield 2; LOG.append(1)
        Coroutine<Object, Object> c = create(ProgramFixture.of(program(
                tryFinally(block(yieldValue(1)), block(log(0), yieldValue(2), log(1))), returns(null)), log), form);
        assertEquals(1L, c.next());
        Expect.throwsExactly("7.7", IgnoredExitException.class, c::close);
        assertEquals(State.SUSPENDED, c.state());
        assertEquals(List.of(starts), log.entries());
        Throwable pending = Expect.thrown("7.7", c::next);
        assertInstanceOf(CoroutineExit.class, pending, "rule 7.7: the pending close request should reach next()'s caller");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of(starts, ends), log.entries());
    }

    /**
     * Verifies rule 7.8: a body that raises X while handling the close request makes close() throw X.
     * If this test fails, check that close only swallows CoroutineExit.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_8_raiseWhileClosingPropagates(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = suspended(this, OnExit.RAISE, log, form);
        Expect.throwsExactly("7.8", RAISED_ON_CLOSE, c::close);
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of(CAUGHT_THE_REQUEST, INNER_FINALLY, OUTER_FINALLY), log.entries());
    }

    /**
     * Verifies rule 7.9: close() on a CREATED coroutine returns null and runs nothing, not even finally
     * blocks; later next/send are exhaustion. If this test fails, check that close does not start the body.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_9_closeOnCreatedRunsNothing(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(closing(OnExit.RETURN_VALUE, log), form);
        assertNull(c.close(), "rule 7.9: close() on CREATED returns null");
        assertEquals(State.CLOSED, c.state());
        assertTrue(log.entries().isEmpty(), "rule 7.9: the body ran: " + log);
        assertNull(Expect.exhausted("7.9", c::next));
        assertNull(Expect.exhausted("7.9", () -> c.send("x")));
    }

    /**
     * Verifies rule 7.5 for any CoroutineExit and for each close(): a body that answers the request by
     * raising a fresh CoroutineExit, or one of its own subclass, is closed cleanly (close() returns null);
     * each close() raises a new instance. If this test fails, check that close treats any CoroutineExit out
     * of the body as a clean close, not only the instance it raised, and that it makes one per call.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_5_anyCoroutineExitClosesCleanlyAndEachCloseRaisesAFreshOne(BodyForm form) {
        for (boolean subclass : new boolean[] {false, true}) {
            Supplier<CoroutineExit> fresh = subclass ? OwnExit::new : CoroutineExit::new;
            Coroutine<Object, Object> c = create(Fixture.of(
                    () -> y -> {
                        try {
                            y.yield("suspended");
                        } catch (CoroutineExit request) {
                            throw fresh.get();
                        }
                        return null;
                    },
                    () -> new SuspendedOnce() {
                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            return thrown instanceof CoroutineExit ? Step.raise(fresh.get()) : Step.raise(thrown);
                        }
                    }), form);
            c.next();
            assertNull(c.close(), "rule 7.5: close() after the body raised a fresh " + (subclass ? "subclass of " : "") + "CoroutineExit");
            assertEquals(State.CLOSED, c.state());
        }

        List<Throwable> requests = new CopyOnWriteArrayList<>();
        Coroutine<Object, Object> twice = create(Fixture.of(
                () -> y -> {
                    try {
                        y.yield("suspended");
                    } catch (CoroutineExit first) {
                        requests.add(first);
                    }
                    try {
                        y.yield("ignored the first request");
                    } catch (CoroutineExit second) {
                        requests.add(second);
                        throw second;
                    }
                    return null;
                },
                () -> new SuspendedOnce() {
                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        requests.add(thrown);
                        return requests.size() == 1 ? Step.yield("ignored the first request") : Step.raise(thrown);
                    }
                }), form);
        twice.next();
        Expect.throwsExactly("7.5", IgnoredExitException.class, twice::close);
        assertNull(twice.close(), "rule 7.5: the second close()");
        assertEquals(2, requests.size(), "rule 7.5: close requests the body saw: " + requests);
        assertInstanceOf(CoroutineExit.class, requests.get(0));
        assertNotSame(requests.get(0), requests.get(1), "rule 7.5: each close() should raise a fresh CoroutineExit");
    }

    /**
     * Verifies rule 7.4 when the body delegates while handling its close request: a body closed at a plain
     * yield catches the CoroutineExit, delegates to a sub-coroutine that returns at once, and returns what
     * that delegation gave; close() returns it (CPython 3.13.0: {@code except GeneratorExit: v = yield from
     * sub(); return ('closed with', v)}, {@code close()} returns {@code ('closed with', 5)}). If this test fails,
     * check that a delegation started under a close request ends into the body and that the body's return
     * value, not the delegation's, is close()'s answer.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_4_aBodyDelegatingWhileHandlingCloseReturnsWhatItReturns(BodyForm form) {
        Coroutine<Object, Object> returnsAtOnce = create(Fixture.of(() -> y -> 5, () -> sent -> Step.done(5)), form);
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    try {
                        y.yield(1);
                        return "not closed";
                    } catch (CoroutineExit e) {
                        Object v = y.yieldFrom(returnsAtOnce);
                        return List.of("closed with", v);
                    }
                },
                () -> new YieldFirst<>(1) {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        return Step.done("not closed");
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        return thrown instanceof CoroutineExit ? Step.delegate(returnsAtOnce) : Step.raise(thrown);
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        return Step.done(List.of("closed with", value));
                    }
                }), form);
        assertEquals(1, c.next());
        assertEquals(List.of("closed with", 5), Expect.returns("7.4", c::close),
                "rule 7.4: close() returns what the body returned after its delegation");
        assertEquals(State.CLOSED, c.state());
        assertEquals(State.CLOSED, returnsAtOnce.state());
    }

    /**
     * Verifies rule 7.10: close() on a body suspended inside a try-with-resources whose resources fail to
     * close raises the first failure (the inner resource, closed first), the other suppressed in it, instead
     * of returning null: Python's {@code with} raises it too. If this test fails, check that CoroutineExit
     * records suppressed exceptions and that close() raises a request that comes out carrying one.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_10_resourceFailureUnderTheCloseRequestPropagates(BodyForm form) {
        EffectLog log = new EffectLog();
        IllegalStateException outerFailure = new IllegalStateException("outer resource failed to close");
        IllegalStateException innerFailure = new IllegalStateException("inner resource failed to close");
        Coroutine<Object, Object> c = create(FailingResource.yieldingInsideTwo("outer", outerFailure, "inner", innerFailure, log), form);
        c.next();
        Expect.throwsSame("7.10", innerFailure, c::close);
        assertEquals(List.of(outerFailure), List.of(innerFailure.getSuppressed()), "rule 7.10: the other failure, suppressed in the first");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("inner closed", "outer closed"), log.entries());
        assertNull(c.close(), "rule 7.10: a later close()");
    }

    /**
     * Verifies rule 7.10 where a resource's close() throws a CoroutineExit under the close request: that is no
     * failure but another request, so close() is clean (returns null, CLOSED), as CPython 3.13's close() returns
     * None when a {@code with} block's {@code __exit__} raises GeneratorExit (rule 7.5: any CoroutineExit coming
     * out); a failing resource closed after it still makes close() raise its failure, and so does one closed
     * before it (the first failure wins, as in Java's try-with-resources, where CPython keeps what the outermost
     * {@code __exit__} raised). If this test fails, check that close() looks past the CoroutineExits among the
     * request's suppressed exceptions.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_10_aResourceThatRaisesACoroutineExitUnderCloseClosesCleanly(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> alone = create(FailingResource.yieldingInside("exiting", "suspended", new CoroutineExit(), log), form);
        alone.next();
        assertNull(Expect.returns("7.10", alone::close), "rule 7.10: a resource's CoroutineExit is no failure: a clean close");
        assertEquals(State.CLOSED, alone.state());
        assertEquals(List.of("exiting closed"), log.entries());

        EffectLog both = new EffectLog();
        IllegalStateException outerFailure = new IllegalStateException("outer resource failed to close");
        Coroutine<Object, Object> c = create(FailingResource.yieldingInsideTwo("outer", outerFailure, "exiting", new CoroutineExit(), both), form);
        c.next();
        Expect.throwsSame("7.10", outerFailure, c::close);
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("exiting closed", "outer closed"), both.entries());

        EffectLog inverted = new EffectLog(); // the failure first, the exit after it: the first failure wins
        IllegalStateException innerFailure = new IllegalStateException("inner resource failed to close");
        Coroutine<Object, Object> i = create(FailingResource.yieldingInsideTwo("exiting", new CoroutineExit(), "inner", innerFailure, inverted), form);
        i.next();
        Expect.throwsSame("7.10", innerFailure, i::close);
        assertEquals(State.CLOSED, i.state());
        assertEquals(List.of("inner closed", "exiting closed"), inverted.entries());
    }
}

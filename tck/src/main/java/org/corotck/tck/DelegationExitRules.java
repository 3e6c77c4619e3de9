package org.corotck.tck;

import static org.corotck.tck.DelegationExitFixtures.*;
import static org.corotck.tck.DelegationFixtures.*;
import static org.corotck.tck.ForeignSubs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SPEC.md section 9 where a delegation fails or ends early: what the delegator sees when its sub's close
 * returns, is ignored or raises (9.4-9.6), delegating to a RUNNING coroutine (9.11), and to an iterator (9.12).
 */
public interface DelegationExitRules extends TckContext {

    /** The observing delegator over a {@link DelegationExitFixtures#subOnExit} sub of the same backend and form, kept in {@code subRef}. */
    private Coroutine<Object, Object> observing(BodyForm form, OnSubExit how, RuntimeException failure,
            DelegatorHandling handling, EffectLog log, AtomicReference<Coroutine<Object, Object>> subRef) {
        return create(observingDelegator(() -> {
            Coroutine<Object, Object> s = create(subOnExit(how, failure, log), form);
            subRef.set(s);
            return s;
        }, handling, log), form);
    }

    /**
     * Verifies rule 9.4: what the sub-coroutine's close() returns is discarded: the delegator sees a
     * CoroutineExit, never the sub's value as the delegation's result, and its close() returns null. If this
     * test fails, check that closing a delegation raises the close request in the delegator after closing the
     * sub, whatever the sub's close() returned.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_4_subsCloseValueIsDiscarded(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> c = observing(form, OnSubExit.RETURN_VALUE, null, DelegatorHandling.RETHROW, log, sub);
        assertEquals("s1", c.next());
        assertNull(c.close(), "rule 9.4: the delegator's close()");
        assertEquals(List.of("sub got the close request", "delegator saw CoroutineExit", "delegator finally"), log.entries(),
                "rule 9.4: what the delegator saw");
        assertEquals(State.CLOSED, c.state());
        assertEquals(State.CLOSED, sub.get().state());
    }

    /**
     * Verifies rule 9.4 when the sub-coroutine's close fails: close() on the delegator raises what the sub's
     * close raised in the delegator, in place of the close request, as an ordinary exception it may handle:
     * the sub's handler raising, or its resource failing under the request (rule 7.10). A delegator that
     * catches it and returns makes close() return that value (rule 7.4). CPython 3.13.0: {@code except
     * ValueError: return ...} around {@code yield from sub()}, sub's {@code __exit__} raising ValueError:
     * {@code close()} returns the delegator's value. If this test fails, check that a delegation being closed
     * raises the sub's failure in the delegator rather than the close request.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_4_theSubsFailureToCloseIsRaisedInTheDelegatorInPlaceOfTheRequest(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> raising = observing(form, OnSubExit.RAISE, new SubFailedToClose(),
                DelegatorHandling.RETURN_VALUE, log, sub);
        closesWithTheDelegatorsValue(raising, sub::get, log,
                List.of("sub got the close request", "delegator saw SubFailedToClose", "delegator finally"),
                "rule 9.4: the sub's handler raising");

        EffectLog resourceLog = new EffectLog();
        IllegalStateException failure = new IllegalStateException("the sub's resource failed to close");
        Coroutine<Object, Object> inResource =
                create(CloseFixtures.FailingResource.yieldingInside("sub resource", "s1", failure, resourceLog), form);
        Coroutine<Object, Object> delegator =
                create(observingDelegator(() -> inResource, DelegatorHandling.RETURN_VALUE, resourceLog), form);
        closesWithTheDelegatorsValue(delegator, () -> inResource, resourceLog,
                List.of("sub resource closed", "delegator saw IllegalStateException", "delegator finally"),
                "rules 9.4, 7.10: the sub's resource failing under its request");
    }

    /**
     * Rule 9.4's check: {@code delegator}, delegating to {@code sub} (made when its body starts) from its first
     * yield, is closed; the sub's failure to close is raised in it, which handles it and returns, so close()
     * returns the delegator's value, the effects are {@code expected}, and both end CLOSED.
     */
    private static void closesWithTheDelegatorsValue(Coroutine<Object, Object> delegator,
            java.util.function.Supplier<? extends Coroutine<?, ?>> sub, EffectLog log, List<String> expected, String what) {
        assertEquals("s1", delegator.next());
        assertEquals("delegator's value", Expect.returns("9.4", delegator::close),
                what + ": the delegator handled the failure and returned");
        assertEquals(expected, log.entries(), what);
        assertEquals(State.CLOSED, delegator.state(), what + ": the delegator");
        assertEquals(State.CLOSED, sub.get().state(), what + ": the sub");
    }

    /**
     * Verifies rule 9.5 when closing the sub-coroutine fails: a CoroutineExit thrown into the delegator
     * closes the sub, and the sub's failure is raised in the delegator instead of the thrown exit: its
     * IgnoredExitException when it yields, its own exception when it raises. If this test fails, check that
     * the delegation raises what sub.close() threw rather than the thrown CoroutineExit.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_5_failureToCloseTheSubReplacesTheThrownExit(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> ignoring = observing(form, OnSubExit.IGNORE_ONCE, null, DelegatorHandling.RETHROW, log, sub);
        ignoring.next();
        Expect.throwsExactly("9.5", IgnoredExitException.class, () -> ignoring.throwInto(new CoroutineExit()));
        assertEquals(List.of("sub got the close request", "delegator saw IgnoredExitException", "delegator finally"),
                log.entries(), "rule 9.5: the sub ignoring its close request");
        assertEquals(State.CLOSED, ignoring.state());
        assertEquals(State.SUSPENDED, sub.get().state(), "rule 9.5: the sub that ignored its close request");
        assertEquals("sub ended", Expect.exhausted("9.5", sub.get()::next));

        EffectLog log2 = new EffectLog();
        SubFailedToClose failure = new SubFailedToClose();
        Coroutine<Object, Object> raising = observing(form, OnSubExit.RAISE, failure, DelegatorHandling.RETHROW, log2, sub);
        raising.next();
        Expect.throwsSame("9.5", failure, () -> raising.throwInto(new CoroutineExit()));
        assertEquals(List.of("sub got the close request", "delegator saw SubFailedToClose", "delegator finally"),
                log2.entries(), "rule 9.5: the sub raising while closing");
        assertEquals(State.CLOSED, sub.get().state());
    }

    /**
     * Verifies rule 9.6 when the delegator catches the failure: the sub ignores its close request, the
     * delegator catches the IgnoredExitException raised in it, and close() ends as the delegator's handling
     * does: returning a value, close() returns it and the delegator is CLOSED; yielding, close() throws
     * IgnoredExitException and the delegator stays SUSPENDED. If this test fails, check that the failure is
     * raised in the delegator's body, not straight at the caller.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_6_delegatorCatchingTheFailureDecidesHowCloseEnds(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> returning = observing(form, OnSubExit.IGNORE_ONCE, null, DelegatorHandling.RETURN_VALUE, log, sub);
        returning.next();
        assertEquals("delegator's value", returning.close(), "rule 9.6: close() of a delegator that caught and returned");
        assertEquals(State.CLOSED, returning.state());
        assertEquals(List.of("sub got the close request", "delegator saw IgnoredExitException", "delegator finally"), log.entries());
        assertEquals("sub ended", Expect.exhausted("9.6", sub.get()::next));

        EffectLog log2 = new EffectLog();
        Coroutine<Object, Object> yielding = observing(form, OnSubExit.IGNORE_ONCE, null, DelegatorHandling.YIELD, log2, sub);
        yielding.next();
        Expect.throwsExactly("9.6", IgnoredExitException.class, yielding::close);
        assertEquals(State.SUSPENDED, yielding.state(), "rule 9.6: a delegator that caught and yielded");
        assertEquals(List.of("sub got the close request", "delegator saw IgnoredExitException"), log2.entries());
        assertEquals("delegator ended", Expect.exhausted("9.6", yielding::next));
        assertEquals("sub ended", Expect.exhausted("9.6", sub.get()::next));
    }

    /**
     * Verifies rule 9.11: delegating to a RUNNING coroutine, the delegator itself or the coroutine whose
     * body is driving the delegator, raises AlreadyExecutingException in the delegator, which catches it
     * and goes on. If this test fails, check that the first step of a delegation raises its failure in the
     * delegator (as PEP 380 does) rather than ending the step.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_11_delegatingToARunningCoroutineRaisesInTheDelegator(BodyForm form) {
        AtomicReference<Coroutine<Object, Object>> self = new AtomicReference<>();
        Coroutine<Object, Object> selfDelegating = create(catchingDelegator(self::get), form);
        self.set(selfDelegating);
        assertEquals("caught AlreadyExecutingException", selfDelegating.next(), "rule 9.11: delegating to itself");
        assertEquals(State.SUSPENDED, selfDelegating.state());
        selfDelegating.close(); // it refers to itself, which keeps it from finalization

        AtomicReference<Coroutine<Object, Object>> outerRef = new AtomicReference<>();
        Coroutine<Object, Object> inner = create(catchingDelegator(outerRef::get), form);
        Coroutine<Object, Object> outer = create(catchingDelegator(() -> inner), form);
        outerRef.set(outer);
        assertEquals("caught AlreadyExecutingException", outer.next(), "rule 9.11: delegating to the coroutine driving it");
        assertEquals(State.SUSPENDED, outer.state());
        assertEquals(State.SUSPENDED, inner.state());
        outer.close();
        inner.close();
    }

    /**
     * Verifies rule 9.11 for a delegator resumed by the coroutine it delegates to: that coroutine, called directly,
     * calls the delegator, which forwards to it while it runs; AlreadyExecutingException is raised in the delegator
     * at its delegation, runs its finally block, ends it CLOSED and reaches the caller, that coroutine's body, which
     * catches it and goes on (CPython 3.13.0: {@code next(top)} from the body of the generator {@code top} delegates
     * to, driven directly, raises "generator already executing" there, {@code top}'s finally runs and it is
     * GEN_CLOSED). If this test fails, check what the resumption of a delegation does when the coroutine delegated
     * to is RUNNING: it must raise in the delegator, not step that coroutine again, wait for it, or end the
     * delegation.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_11_aDelegatorResumedByTheCoroutineItDelegatesToRaisesThere(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> topRef = new AtomicReference<>();
        Coroutine<Object, Object> inner = create(Fixture.of(
                () -> y -> {
                    y.yield("ready");
                    try {
                        return topRef.get().next();
                    } catch (AlreadyExecutingException e) {
                        return y.yield("caught " + e.getClass().getSimpleName() + ", top " + topRef.get().state());
                    }
                },
                () -> new YieldFirst<>("ready") {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        try {
                            return Step.done(topRef.get().next());
                        } catch (AlreadyExecutingException e) {
                            return Step.yield("caught " + e.getClass().getSimpleName() + ", top " + topRef.get().state());
                        }
                    }
                }), form);
        Coroutine<Object, Object> top = create(passThrough(() -> inner, "top", log), form);
        topRef.set(top);
        assertEquals("ready", top.next(), "rule 9.1");
        assertEquals("caught AlreadyExecutingException, top CLOSED", Expect.returns("9.11", inner::next),
                "rule 9.11: the delegator, resumed from inside the coroutine it delegates to, raised at its delegation");
        assertEquals(List.of("top got AlreadyExecutingException", "top finally"), log.entries(),
                "rule 9.11: the exception reached the delegator at its delegation, and its finally ran once");
        assertEquals(State.CLOSED, top.state());
        assertEquals(State.SUSPENDED, inner.state(), "rule 9.1: the coroutine called directly goes on as any does");
        inner.close();
    }

    /**
     * Verifies rule 9.12: delegating to Coroutines.of(iterator) behaves as CPython's {@code yield from} over
     * a list iterator: the elements reach the caller and the delegation ends with null; send(v) raises
     * UnsupportedOperationException in the delegator, throwInto(e) raises e there, close() and a thrown
     * CoroutineExit raise the close request there; the iterator is not called again after them. If this test
     * fails, check the delegation's forwarding (rules 9.1-9.5) with a sub-coroutine that has no handlers.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_12_delegationToAnIteratorBehavesAsYieldFromAListIterator(BodyForm form) {
        RecordingIterator all = new RecordingIterator();
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(observingDelegator(() -> Coroutines.of(all), DelegatorHandling.YIELD, log), form);
        assertEquals(List.of(1, 2, 3), List.of(c.next(), c.next(), c.next()), "rule 9.12: the elements");
        assertEquals("after", c.next(), "rule 9.12: the delegation ended");
        assertEquals(List.of("after yield from null"), log.entries(), "rule 9.12: the delegation's value");
        c.close();

        RecordingIterator sent = new RecordingIterator();
        EffectLog sentLog = new EffectLog();
        Coroutine<Object, Object> s = create(observingDelegator(() -> Coroutines.of(sent), DelegatorHandling.YIELD, sentLog), form);
        s.next();
        assertEquals("delegator yields", s.send("a value"), "rule 9.12: send(v) to an iterator");
        assertEquals(List.of("delegator saw UnsupportedOperationException"), sentLog.entries());
        assertEquals(List.of(1), sent.given, "rule 9.12: send(v) must not advance the iterator");
        s.close();

        RecordingIterator thrown = new RecordingIterator();
        EffectLog thrownLog = new EffectLog();
        Coroutine<Object, Object> t = create(observingDelegator(() -> Coroutines.of(thrown), DelegatorHandling.YIELD, thrownLog), form);
        t.next();
        assertEquals("delegator yields", t.throwInto(new IllegalArgumentException("thrown in")));
        assertEquals(List.of("delegator saw IllegalArgumentException"), thrownLog.entries(), "rule 9.12: throwInto(e)");
        assertEquals(State.SUSPENDED, t.state());
        t.close();
        assertEquals(List.of(1), thrown.given);

        RecordingIterator closed = new RecordingIterator();
        EffectLog closedLog = new EffectLog();
        Coroutine<Object, Object> d = create(observingDelegator(() -> Coroutines.of(closed), DelegatorHandling.RETHROW, closedLog), form);
        d.next();
        assertNull(d.close(), "rule 9.12: close() of the delegator");
        assertEquals(List.of("delegator saw CoroutineExit", "delegator finally"), closedLog.entries());
        assertEquals(List.of(1), closed.given, "rule 9.12: close() must not call the iterator");

        EffectLog exitLog = new EffectLog();
        Coroutine<Object, Object> e = create(observingDelegator(() -> Coroutines.of(new RecordingIterator()),
                DelegatorHandling.RETHROW, exitLog), form);
        e.next();
        CoroutineExit exit = new CoroutineExit();
        Expect.throwsSame("9.12", exit, () -> e.throwInto(exit));
        assertEquals(List.of("delegator saw CoroutineExit", "delegator finally"), exitLog.entries(), "rule 9.12: a thrown CoroutineExit");

        EffectLog leakLog = new EffectLog();
        java.util.Iterator<Object> endsByExhaustion = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Object next() {
                throw new CoroutineExhaustedException("v");
            }
        };
        Coroutine<Object, Object> leak = create(observingDelegator(() -> Coroutines.of(endsByExhaustion),
                DelegatorHandling.YIELD, leakLog), form);
        assertEquals("delegator yields", leak.next(), "rule 9.12: an iterator whose next() throws an exhaustion");
        assertEquals(List.of("delegator saw ExhaustionLeakedException"), leakLog.entries(),
                "rule 9.12: the exhaustion is an ExhaustionLeakedException in the delegator, not the delegation's end with v");
        leak.close();
    }

    /**
     * A delegator suspended in a delegation inside a try-with-resources whose resource fails to close: what the
     * resource raises on the way out, under the close request or under a thrown CoroutineExit.
     */
    private Coroutine<Object, Object> delegatorInFailingResource(RuntimeException failure, EffectLog log, BodyForm form) {
        Coroutine<Object, Object> sub = create(sub(SubHandler.NONE, log, new AtomicReference<>()), form);
        return create(Fixture.of(
                () -> y -> {
                    try (CloseFixtures.FailingResource r = new CloseFixtures.FailingResource("resource", failure, log)) {
                        return y.yieldFrom(sub);
                    }
                },
                () -> new StateMachine<>() {
                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return Step.delegate(sub);
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        return Step.done(value);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        return Step.raise(CloseFixtures.FailingResource.closeAllOnTheWayOut(thrown,
                                new CloseFixtures.FailingResource("resource", failure, log)));
                    }
                }), form);
    }

    /**
     * Verifies rule 7.10 through a delegation: close() of a delegator suspended in a delegation inside a
     * try-with-resources whose resource fails closes the sub-coroutine first (rule 9.4), then raises the
     * resource's failure itself, as without a delegation (CPython 3.13.0: {@code with cm: yield from sub()},
     * {@code __exit__} raising X, {@code close()} raises X). If this test fails, check that the close request
     * coming out of a delegator is judged as one coming out of a plain body is.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_10_aResourceFailingAroundADelegationPropagatesFromClose(BodyForm form) {
        EffectLog log = new EffectLog();
        IllegalStateException failure = new IllegalStateException("resource failed to close");
        Coroutine<Object, Object> c = delegatorInFailingResource(failure, log, form);
        assertEquals("s1", c.next());
        Expect.throwsSame("7.10", failure, c::close);
        assertEquals(List.of("sub finally", "resource closed"), log.entries(), "rules 9.4, 7.10: the sub closed first");
        assertEquals(State.CLOSED, c.state());
        assertNull(c.close(), "rule 7.10: a later close()");
    }

    /**
     * Verifies rule 9.5 with a resource failing on the way out: throwInto(x), x a CoroutineExit, into a
     * delegator suspended in a delegation inside a try-with-resources whose resource fails closes the
     * sub-coroutine and raises the same x in the delegator, which comes out of it carrying the failure as
     * suppressed; the caller gets the failure (rule 6.7), as without a delegation (CPython 3.13.0:
     * {@code with cm: yield from sub()}, {@code __exit__} raising X, {@code throw(GeneratorExit())} raises X).
     * If this test fails, check that a thrown exit coming out of a delegator is judged as one coming out of a
     * plain body is.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_5_aThrownExitThroughAFailingResourceAroundTheDelegationRaisesTheFailure(BodyForm form) {
        EffectLog log = new EffectLog();
        IllegalStateException failure = new IllegalStateException("resource failed to close");
        Coroutine<Object, Object> c = delegatorInFailingResource(failure, log, form);
        assertEquals("s1", c.next());
        Expect.throwsSame("9.5", failure, () -> c.throwInto(new CoroutineExit()));
        assertEquals(List.of("sub finally", "resource closed"), log.entries(), "rule 9.5: the sub closed first");
        assertEquals(State.CLOSED, c.state());
    }

    /**
     * Verifies rule 9.12 for a thrown exhaustion: a CoroutineExhaustedException thrown into a delegation to an
     * iterator, which raises it as it came, is the iterator's end: the delegation ends with its value and the
     * delegator goes on, the iterator not called again (CPython 3.13.0: {@code throw(StopIteration(7))} while
     * in {@code yield from iter(list)} makes the {@code yield from} 7). If this test fails, check that an
     * exhaustion out of a sub's throwInto is taken as the sub's return (rule 9.2), not raised in the delegator.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_12_anExhaustionThrownPastAnIteratorEndsTheDelegationWithItsValue(BodyForm form) {
        RecordingIterator it = new RecordingIterator();
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(observingDelegator(() -> Coroutines.of(it), DelegatorHandling.YIELD, log), form);
        assertEquals(1, c.next());
        assertEquals("after", Expect.returns("9.12", () -> c.throwInto(new CoroutineExhaustedException(7))),
                "rule 9.12: the delegator goes on after the delegation");
        assertEquals(List.of("after yield from 7"), log.entries(), "rule 9.12: the delegation's value is the exhaustion's");
        assertEquals(State.SUSPENDED, c.state());
        assertEquals(List.of(1), it.given, "rule 9.12: the iterator is not called again");
        c.close();
    }

    /**
     * Verifies rule 9.2 for an exhaustion that comes back: throwInto(e), e a CoroutineExhaustedException, into a
     * delegator whose sub was closed directly meanwhile reaches the sub, which raises e again (rule 12.4); that is
     * the sub's end, so the delegation ends with e's value and the delegator goes on (CPython 3.13.0: the
     * {@code yield from} is 7 after {@code throw(StopIteration(7))}). A live sub raises it as a leak instead
     * (rule 6.8), which the delegator sees as any failure. If this test fails, check that an exhaustion out of a
     * sub's throwInto is taken as its return.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_2_anExhaustionComingBackFromTheSubsThrowIntoEndsTheDelegation(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> c = create(observingDelegator(() -> {
            Coroutine<Object, Object> s = create(sub(SubHandler.NONE, new EffectLog(), new AtomicReference<>()), form);
            sub.set(s);
            return s;
        }, DelegatorHandling.YIELD, log), form);
        assertEquals("s1", c.next());
        sub.get().close();
        assertEquals("after", Expect.returns("9.2", () -> c.throwInto(new CoroutineExhaustedException(7))),
                "rule 9.2: the delegator goes on after the delegation");
        assertEquals(List.of("after yield from 7"), log.entries(), "rule 9.2: the delegation's value is the exhaustion's");
        assertEquals(State.SUSPENDED, c.state());

        EffectLog liveLog = new EffectLog();
        Coroutine<Object, Object> live = create(observingDelegator(
                () -> create(sub(SubHandler.NONE, new EffectLog(), new AtomicReference<>()), form), DelegatorHandling.YIELD, liveLog), form);
        live.next();
        assertEquals("delegator yields", live.throwInto(new CoroutineExhaustedException(7)));
        assertEquals(List.of("delegator saw ExhaustionLeakedException"), liveLog.entries(), "rules 6.8, 9.2: a live sub's leak");
        c.close();
        live.close();
    }

    /**
     * Verifies rule 9.4 for a foreign sub whose close() ends it by throwing CoroutineExhaustedException(7), as its
     * send() would to return: that is the sub's return, not a failure, so the delegation ends with 7 and the
     * delegator goes on. CPython 3.13.0 does the same with a sub whose {@code close()} raises
     * {@code StopIteration(7)}: the {@code yield from} is 7, and a delegator that then yields makes {@code close()}
     * raise "generator ignored GeneratorExit". If this test fails, check that an exhaustion out of a sub's close()
     * is taken as its return, as one out of its send() or throwInto() is, not raised in the delegator.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_4_aForeignSubsExhaustionOutOfCloseIsItsReturn(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(observingDelegator(ExhaustedByClose::new, DelegatorHandling.RETHROW, log), form);
        assertEquals("s1", c.next());
        Expect.throwsExactly("9.4", IgnoredExitException.class, c::close);
        assertEquals(List.of("after yield from 7"), log.entries(), "rule 9.4: the delegation's value is the exhaustion's");
        assertEquals(State.SUSPENDED, c.state(), "rule 7.6: the delegator yielded after its delegation");
        assertEquals("done", Expect.exhausted("9.4", () -> c.send("done")));
        assertEquals(List.of("after yield from 7", "delegator finally"), log.entries());
    }

    /**
     * Verifies rule 9.5 for the foreign sub of {@link #required_9_4_aForeignSubsExhaustionOutOfCloseIsItsReturn}:
     * a CoroutineExit thrown into the delegator closes the sub, whose close() ends it with 7, so the delegation
     * ends with 7 and throwInto returns what the delegator yields next (CPython 3.13.0: {@code throw(GeneratorExit())}
     * returns it). If this test fails, check that an exhaustion out of a sub's close() is taken as its return.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_5_aForeignSubsExhaustionOutOfCloseUnderAThrownExitIsItsReturn(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = create(observingDelegator(ExhaustedByClose::new, DelegatorHandling.RETHROW, log), form);
        c.next();
        assertEquals("after", Expect.returns("9.5", () -> c.throwInto(new CoroutineExit())),
                "rule 9.5: the delegator goes on after the delegation");
        assertEquals(List.of("after yield from 7"), log.entries(), "rule 9.5: the delegation's value is the exhaustion's");
        assertEquals(State.SUSPENDED, c.state());
        c.close();
    }
}

package org.corotck.tck;

import static org.corotck.tck.DelegationFixtures.*;
import static org.corotck.tck.ForeignSubs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 9: delegation, PEP 380's {@code yield from}, in both body forms. */
public interface DelegationRules extends TckContext {

    /** A delegator over a fresh sub-coroutine of the same backend and form; the sub is kept in {@code subRef}. */
    private Coroutine<Object, Object> delegating(BodyForm form, SubHandler handler, EffectLog log,
                                                 AtomicReference<Throwable> seen, AtomicReference<Coroutine<Object, Object>> subRef) {
        return create(delegator(() -> {
            Coroutine<Object, Object> s = create(sub(handler, log, seen), form);
            subRef.set(s);
            return s;
        }, log), form);
    }

    /**
     * Verifies rule 9.1: next and send are forwarded to the sub-coroutine, whose values reach the caller
     * unchanged. If this test fails, check the delegation's forwarding of sends.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_1_sendsAndValuesPassThroughTheDelegation(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> c = delegating(form, SubHandler.NONE, log, new AtomicReference<>(), sub);
        assertEquals("s1", c.next(), "rule 9.1: the sub-coroutine's first value");
        assertEquals("s2 got a", c.send("a"), "rule 9.1: a send forwarded to the sub-coroutine");
        assertEquals(State.SUSPENDED, sub.get().state());
        assertEquals(State.SUSPENDED, c.state());
    }

    /**
     * Verifies rule 9.1 for a delegation to a coroutine already started (primed: SUSPENDED at its first yield): the
     * delegation begins with next() as one to a fresh coroutine does, so the sub's pending yield receives null; the
     * notebook's primed averager cannot add null, and that failure ends both (CPython 3.13.0: {@code yield from} a
     * primed generator sends it None; {@code yield from} a primed averager raises TypeError, both generators then
     * GEN_CLOSED). If this test fails, check that a delegation always starts with next(), whatever the state of the
     * coroutine delegated to: it neither refuses a started one nor hands on the value it yielded before.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_1_aDelegationToAStartedCoroutineBeginsWithNext(BodyForm form) {
        Coroutine<Object, Object> started = create(Fixture.of(
                () -> y -> "got " + y.yield("first"),
                () -> new YieldFirst<>("first") {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        return Step.done("got " + sent);
                    }
                }), form);
        assertEquals("first", started.next(), "rule 2.1: primed");
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> delegator = create(passThrough(() -> started, "delegator", log), form);
        assertEquals("got null", Expect.exhausted("9.1", delegator::next),
                "rule 9.1: the started coroutine's pending yield received null, and its return is the delegation's value");
        assertEquals(State.CLOSED, started.state());
        assertEquals(List.of("delegator finally"), log.entries());

        @SuppressWarnings("unchecked")
        Coroutine<Object, Object> averager = (Coroutine<Object, Object>) (Coroutine<?, ?>) create(Fixtures.averager(), form);
        assertNull(averager.next(), "rule 2.1: the notebook's averager, primed");
        Coroutine<Object, Object> grouper = create(passThrough(() -> averager, "grouper", log), form);
        Expect.throwsExactly("9.1", NullPointerException.class, grouper::next);
        assertEquals(List.of("delegator finally", "grouper got NullPointerException", "grouper finally"), log.entries(),
                "rule 9.7: the averager's failure reached the delegator at its delegation");
        assertEquals(State.CLOSED, averager.state(), "rule 5.2: the averager raised");
        assertEquals(State.CLOSED, grouper.state(), "rule 9.7: its failure went through the delegator");
    }

    /**
     * Verifies rule 9.2: throwInto is forwarded to the sub-coroutine; what it yields is returned, what it
     * raises propagates through the delegator. If this test fails, check the forwarding of exceptions.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_2_throwIntoIsForwarded(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> c = delegating(form, SubHandler.YIELD_ON_ILLEGAL_ARGUMENT, log, seen, sub);
        c.next();
        IllegalArgumentException handled = new IllegalArgumentException("x");
        assertEquals("sub caught x", Expect.returns("9.2", () -> c.throwInto(handled)), "rule 9.2: the sub-coroutine's answer to throwInto");
        assertSame(handled, seen.get(), "rule 9.2: the sub-coroutine should get the same instance");
        IllegalStateException unhandled = new IllegalStateException("not handled");
        Expect.throwsSame("9.2", unhandled, () -> c.throwInto(unhandled));
        assertSame(unhandled, seen.get());
        assertEquals(State.CLOSED, c.state());
        assertEquals(State.CLOSED, sub.get().state());
        assertEquals(List.of("delegator started", "sub finally", "delegator finally"), log.entries());
    }

    /**
     * Verifies rule 9.3: the sub-coroutine's return value is the value of the delegation, and the delegator
     * goes on. If this test fails, check that the exhaustion's value is handed to the delegator.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_3_subReturnValueIsTheDelegationsValue(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> c = delegating(form, SubHandler.NONE, log, new AtomicReference<>(), new AtomicReference<>());
        c.next();
        c.send("a");
        assertEquals("after result b", c.send("b"), "rule 9.3: the delegator's next value, made of the sub's result");
        assertEquals("done", Expect.exhausted("9.3", () -> c.send("done")));
        assertEquals(List.of("delegator started", "sub finally", "delegator finally"), log.entries());
    }

    /**
     * Verifies rules 9.3 and 5.1 together: a delegator that raises right where its sub's return value comes
     * back (a state machine's resumeReturned throwing) ends with that exception, the same instance, and is
     * CLOSED (CPython 3.13.0: {@code yield from sub(); raise x} raises x from the call that ended the sub).
     * If this test fails, check that what the delegator raises on resuming from a delegation is raised, not
     * yielded.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_3_aDelegatorRaisingWhereItsSubReturnedEndsWithThatException(BodyForm form) {
        IllegalStateException x = new IllegalStateException("rule 9.3: raised where the sub's value came back");
        Fixture<Object, Object> returnsAtOnce = Fixture.of(() -> y -> "sub's value", () -> sent -> Step.done("sub's value"));
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    y.yieldFrom(create(returnsAtOnce, form));
                    throw x;
                },
                () -> new org.corotck.spec.StateMachine<>() {
                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return Step.delegate(create(returnsAtOnce, form));
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        throw x;
                    }
                }), form);
        Expect.throwsSame("9.3", x, c::next);
        assertEquals(State.CLOSED, c.state(), "rule 5.1: a delegator that raised");
        assertInstanceOf(CoroutineExhaustedException.class, Expect.thrown("9.3", c::next), "rule 5.3: a later next()");
    }

    /**
     * Verifies rule 9.3 with the Fluent Python notebook's {@code grouper}: {@code while True:
     * results[key] = yield from averager()}, driven as the notebook's {@code main} drives it, on its data.
     * Each averager's {@code Result}, returned when sent null, lands in the results, and the grouper at
     * once delegates to a fresh averager. If this test fails, check the simpler 9.3 test first, then
     * delegating again right after a delegation ended.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_3_notebookGrouper(BodyForm form) {
        Map<String, double[]> data = new LinkedHashMap<>();
        data.put("girls;kg", new double[] {40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5});
        data.put("girls;m", new double[] {1.6, 1.51, 1.4, 1.3, 1.41, 1.39, 1.33, 1.46, 1.45, 1.43});
        data.put("boys;kg", new double[] {39.0, 40.8, 43.2, 40.8, 43.1, 38.6, 41.4, 40.6, 36.3});
        data.put("boys;m", new double[] {1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46});

        Map<String, Object> results = new TreeMap<>();
        List<Coroutine<Double, Double>> groups = new ArrayList<>();
        data.forEach((key, values) -> {
            Coroutine<Double, Double> group = create(grouper(results, key, () -> create(Fixtures.averagerWithResult(), form)), form);
            groups.add(group);
            group.next();
            for (double value : values) {
                group.send(value);
            }
            group.send(null); // important! the averager returns its Result; the grouper starts a new one
        });

        List<String> report = new ArrayList<>();
        results.forEach((key, result) -> {
            Fixtures.Result r = assertInstanceOf(Fixtures.Result.class, result, "rule 9.3: what the averager returned");
            String[] groupUnit = key.split(";");
            report.add(String.format(Locale.ROOT, "%2d %-5s averaging %.2f%s", r.count(), groupUnit[0], r.average(), groupUnit[1]));
        });
        assertEquals(List.of(
                " 9 boys  averaging 40.42kg",
                " 9 boys  averaging 1.39m",
                "10 girls averaging 42.04kg",
                "10 girls averaging 1.43m"), report, "rule 9.3: the notebook's report");
        for (Coroutine<Double, Double> group : groups) {
            assertEquals(State.SUSPENDED, group.state(), "rule 9.3: each grouper waits in its next averager");
            group.close();
        }
    }

    /**
     * Verifies rule 9.4: close() closes the sub-coroutine first, then the delegator; finally blocks run
     * innermost first. If this test fails, check that the close request is passed down before it is raised in
     * the delegator.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_4_closeClosesTheSubFirst(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> c = delegating(form, SubHandler.NONE, log, new AtomicReference<>(), sub);
        c.next();
        assertEquals(null, c.close());
        assertEquals(List.of("delegator started", "sub finally", "delegator finally"), log.entries(),
                "rule 9.4: finally blocks, innermost first");
        assertEquals(State.CLOSED, sub.get().state());
        assertEquals(State.CLOSED, c.state());
    }

    /**
     * Verifies rule 9.5: a CoroutineExit thrown into a delegator closes the sub-coroutine with a close request
     * of its own, then raises the thrown instance in the delegator (which here lets it propagate).
     * If this test fails, check that the thrown instance is not forwarded to the sub-coroutine itself.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_5_thrownExitClosesTheSubThenRaisesInTheDelegator(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> c = delegating(form, SubHandler.NONE, log, seen, sub);
        c.next();
        CoroutineExit thrown = new CoroutineExit();
        Expect.throwsSame("9.5", thrown, () -> c.throwInto(thrown));
        assertInstanceOf(CoroutineExit.class, seen.get(), "rule 9.5: the sub-coroutine should get a close request");
        assertNotSame(thrown, seen.get(), "rule 9.5: the sub-coroutine gets its own close request, not the thrown one");
        assertEquals(List.of("delegator started", "sub finally", "delegator finally"), log.entries());
        assertEquals(State.CLOSED, sub.get().state());
    }

    /**
     * Verifies rule 9.6: when the sub-coroutine ignores its close request, the delegator's close() throws
     * IgnoredExitException; the delegator is CLOSED and the sub-coroutine still SUSPENDED.
     * If this test fails, check that the failure to close the sub is raised in the delegator.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_6_subIgnoringCloseFailsTheDelegatorsClose(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> sub = new AtomicReference<>();
        Coroutine<Object, Object> c = delegating(form, SubHandler.IGNORE_CLOSE, log, new AtomicReference<>(), sub);
        c.next();
        Expect.throwsExactly("9.6", IgnoredExitException.class, c::close);
        assertEquals(State.CLOSED, c.state(), "rule 9.6: the delegator");
        assertEquals(State.SUSPENDED, sub.get().state(), "rule 9.6: the sub-coroutine");
        assertEquals(List.of("delegator started", "delegator finally"), log.entries());
        IllegalStateException end = new IllegalStateException("end it");
        Expect.throwsSame("9.6", end, () -> sub.get().throwInto(end)); // the sub ends too: no thread left behind
    }

    /**
     * Verifies rule 9.7: what the sub-coroutine raises, a PEP 479 ExhaustionLeakedException included, goes
     * through the delegator as the same instance. If this test fails, check that the delegation does not
     * wrap or swallow the sub-coroutine's exceptions.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_7_subExceptionsPropagateThroughTheDelegator(BodyForm form) {
        RuntimeException boom = new UnsupportedOperationException("from the sub-coroutine");
        Coroutine<Object, Object> closedOne = create(Fixtures.simpleCoroutine(new EffectLog()), BodyForm.STATE_MACHINE);
        closedOne.close();
        for (boolean leak : new boolean[] {false, true}) {
            EffectLog log = new EffectLog();
            Supplier<Coroutine<Object, Object>> raising = () -> create(Fixture.of(
                    () -> y -> {
                        y.yield("s1");
                        if (leak) {
                            return closedOne.next(); // PEP 479 in the sub-coroutine
                        }
                        throw boom;
                    },
                    () -> new YieldFirst<>("s1") {
                        @Override
                        protected Step<Object, Object> next(Object sent) {
                            return leak ? Step.done(closedOne.next()) : Step.raise(boom);
                        }
                    }), form);
            Coroutine<Object, Object> c = create(delegator(raising, log), form);
            c.next();
            Throwable reached = Expect.thrown("9.7", c::next);
            if (leak) {
                assertInstanceOf(ExhaustionLeakedException.class, reached, "rule 9.7: PEP 479 in the sub-coroutine");
                assertInstanceOf(CoroutineExhaustedException.class, reached.getCause());
            } else {
                assertSame(boom, reached, "rule 9.7: the sub-coroutine's exception, the same instance");
            }
            assertEquals(State.CLOSED, c.state());
            assertEquals(List.of("delegator started", "delegator finally"), log.entries());
        }
    }

    /**
     * Verifies rule 9.7 for a CoroutineExit the sub-coroutine raises itself, which is no close request: raised on
     * a send inside a try-with-resources whose resource fails to close, it goes through the delegator and
     * reaches the caller as that same exit with the failure suppressed in it, as without a delegation (rule 5.1).
     * If this test fails, check that a sub's exit is unwrapped to its resource's failure only under a close
     * request.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_7_anExitTheSubRaisesThroughAFailingResourceGoesThroughAsItself(BodyForm form) {
        EffectLog log = new EffectLog();
        CoroutineExit own = new CloseFixtures.OwnExit();
        IllegalStateException failure = new IllegalStateException("resource failed to close");
        Coroutine<Object, Object> c = create(delegator(() -> create(
                CloseFixtures.FailingResource.raisingInside("resource", "suspended", own, failure, log), form), log), form);
        assertEquals("suspended", c.next());
        Expect.throwsSame("9.7", own, () -> c.send("go on"));
        assertEquals(List.of(failure), List.of(own.getSuppressed()), "rule 9.7: the resource's failure, suppressed in the exit");
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("delegator started", "resource closed", "delegator finally"), log.entries());
    }

    /**
     * Verifies rule 9.8: a sub-coroutine whose body calls its delegator gets AlreadyExecutingException.
     * If this test fails, check that the delegator is RUNNING while it forwards.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_8_subCallingItsDelegatorIsAlreadyExecuting(BodyForm form) {
        AtomicReference<Coroutine<Object, Object>> delegatorRef = new AtomicReference<>();
        Supplier<Coroutine<Object, Object>> callsBack = () -> create(Fixture.of(
                () -> y -> {
                    y.yield("s1");
                    try {
                        delegatorRef.get().next();
                        return "the delegator let itself be resumed";
                    } catch (AlreadyExecutingException e) {
                        return e;
                    }
                },
                () -> new YieldFirst<>("s1") {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        try {
                            delegatorRef.get().next();
                            return Step.done("the delegator let itself be resumed");
                        } catch (AlreadyExecutingException e) {
                            return Step.done(e);
                        }
                    }
                }), form);
        Coroutine<Object, Object> c = create(delegator(callsBack, new EffectLog()), form);
        delegatorRef.set(c);
        c.next();
        Object after = c.next();
        assertEquals("after " + AlreadyExecutingException.class.getName() + ": coroutine already executing", after,
                "rule 9.8: what the sub-coroutine got from calling its delegator");
        c.close(); // the body refers to its own coroutine, which keeps it from finalization: end it here
    }

    /**
     * Verifies rule 9.8 while a close or a throwInto is forwarded: the sub-coroutine's handler, running under the
     * delegator's close() or throwInto(e), sees the delegator RUNNING, and calling it gets AlreadyExecutingException
     * (CPython 3.13.0: under {@code top.close()} and {@code top.throw(KeyError())} the sub's {@code except} block
     * sees {@code GEN_RUNNING} and {@code next(top)} raises "generator already executing"). If this test fails,
     * check that the delegator is claimed while it forwards a close request or an exception, as while it forwards a
     * send.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_8_aSubHandlingAForwardedCloseOrThrowSeesItsDelegatorRunning(BodyForm form) {
        for (boolean byClose : new boolean[] {true, false}) {
            String how = byClose ? " (under close())" : " (under throwInto(e))";
            EffectLog log = new EffectLog();
            AtomicReference<Coroutine<Object, Object>> delegatorRef = new AtomicReference<>();
            Coroutine<Object, Object> sub = create(Fixture.of(
                    () -> y -> {
                        try {
                            return y.yield("s1");
                        } catch (CoroutineExit | RuntimeException handled) { // the close request is no Exception
                            lookAt(delegatorRef.get(), log);
                            throw handled;
                        }
                    },
                    () -> new YieldFirst<>("s1") {
                        @Override
                        protected Step<Object, Object> next(Object sent) {
                            return Step.done(sent);
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            lookAt(delegatorRef.get(), log);
                            return Step.raise(thrown);
                        }
                    }), form);
            Coroutine<Object, Object> c = create(passThrough(() -> sub, "delegator", new EffectLog()), form);
            delegatorRef.set(c);
            assertEquals("s1", c.next(), "rule 9.1" + how);
            if (byClose) {
                assertNull(c.close(), "rule 9.4" + how);
            } else {
                IllegalArgumentException e = new IllegalArgumentException("thrown in");
                Expect.throwsSame("9.2", e, () -> c.throwInto(e));
            }
            assertEquals(List.of("delegator RUNNING", "next: AlreadyExecutingException"), log.entries(),
                    "rule 9.8: what the sub's handler saw of its delegator" + how);
            assertEquals(State.CLOSED, c.state(), how);
            assertEquals(State.CLOSED, sub.state(), how);
        }
    }

    /** Logs the state of {@code delegator} and what next() on it does, from inside the body of its sub-coroutine. */
    private static void lookAt(Coroutine<Object, Object> delegator, EffectLog log) {
        log.add("delegator " + delegator.state());
        log.add("next: " + failureOf(delegator::next));
    }

    /**
     * Verifies rule 9.9: the sub-coroutine may be any Coroutine, here one written by hand against the
     * interface: delegation goes through the interface only. If this test fails, check for casts to the
     * backend's own coroutine class in the delegation.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_9_delegationToAForeignCoroutine(BodyForm form) {
        EffectLog log = new EffectLog();
        HandWrittenCounter counter = new HandWrittenCounter();
        Coroutine<Object, Object> c = create(delegator(() -> counter, log), form);
        assertEquals(1, c.next());
        assertEquals(2, c.next());
        assertEquals(3, c.next());
        assertEquals("after counted", c.next(), "rule 9.9: the foreign coroutine's return value");
        assertEquals(State.CLOSED, counter.state());
    }

    /**
     * Verifies rule 9.10: delegating to an already CLOSED coroutine ends the delegation at once with null.
     * If this test fails, check the delegation's first step on an exhausted sub-coroutine.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_10_delegationToAClosedCoroutineIsNull(BodyForm form) {
        Coroutine<Object, Object> closed = create(Fixtures.simpleCoroutine(new EffectLog()), form);
        closed.close();
        Coroutine<Object, Object> c = create(delegator(() -> closed, new EffectLog()), form);
        assertEquals("after null", c.next(), "rule 9.10: the delegation's value");
    }

    /**
     * Verifies rule 9.10 for a sub-coroutine that a direct call ended while its delegator was suspended in the
     * delegation: it returned "r" to that call (or was closed by one), and the delegator's next call ends the
     * delegation with null, never with "r" again (CPython 3.13.0: {@code s.send('direct')} raises
     * {@code StopIteration('r')}, then {@code t.send('x')} gives 'delegation gave None'; the same after
     * {@code s.close()}). If this test fails, check that a delegation resumed on a CLOSED sub ends with null, as
     * one begun on it does, and that a return value is delivered once (rule 4.3).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_10_aSubEndedByADirectCallEndsTheDelegationWithNull(BodyForm form) {
        for (boolean byClose : new boolean[] {false, true}) {
            String how = byClose ? " (the sub closed directly)" : " (the sub returned to a direct call)";
            Coroutine<Object, Object> sub = create(Fixture.of(
                    () -> y -> {
                        y.yield("s1");
                        return "r";
                    },
                    () -> new YieldFirst<>("s1") {
                        @Override
                        protected Step<Object, Object> next(Object sent) {
                            return Step.done("r");
                        }
                    }), form);
            Coroutine<Object, Object> delegator = create(passThrough(() -> sub, "delegator", new EffectLog()), form);
            assertEquals("s1", delegator.next(), "rule 9.1" + how);
            if (byClose) {
                assertNull(sub.close(), "rule 7.1" + how);
            } else {
                assertEquals("r", Expect.exhausted("4.1", () -> sub.send("direct")), "rule 4.1: the return, to the direct call" + how);
            }
            assertEquals(State.SUSPENDED, delegator.state(), "rule 9.1: the delegator is untouched" + how);
            assertNull(Expect.exhausted("9.10", () -> delegator.send("x")),
                    "rule 9.10: the delegation resumed on a closed sub ends with null" + how);
        }
    }

}

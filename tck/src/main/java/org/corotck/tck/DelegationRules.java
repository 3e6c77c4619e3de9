package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC.md section 9: delegation, PEP 380's {@code yield from}, in both body forms. */
public interface DelegationRules extends TckContext {

    /** What the sub-coroutine does with an exception that reaches its yield. */
    enum SubHandler { NONE, YIELD_ON_ILLEGAL_ARGUMENT, IGNORE_CLOSE }

    /**
     * The sub-coroutine: yields "s1", then "s2 got X" (X what the first send delivered), then returns
     * "result X2"; logs its finally. {@code handler} says what its yields catch.
     */
    private static Fixture<Object, Object> sub(SubHandler handler, EffectLog log, AtomicReference<Throwable> seen) {
        return Fixture.of(
                () -> y -> {
                    try {
                        Object first = yieldHandling(y, "s1", handler, seen);
                        Object second = yieldHandling(y, "s2 got " + first, handler, seen);
                        return "result " + second;
                    } finally {
                        log.add("sub finally");
                    }
                },
                () -> new StateMachine<>() {
                    private int pc;
                    private Object first;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        switch (pc++) {
                            case 0:
                                return Step.yield("s1");
                            case 1:
                                first = sent;
                                return Step.yield("s2 got " + sent);
                            default:
                                log.add("sub finally");
                                return Step.done("result " + sent);
                        }
                    }

                    /** A close request is ignored once only: a finalizer, which asks at every yield, still ends it. */
                    private boolean ignoredOnce;

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        seen.set(thrown);
                        if (handler == SubHandler.YIELD_ON_ILLEGAL_ARGUMENT && thrown instanceof IllegalArgumentException) {
                            pc--; // the same yield point again, after the handler
                            return Step.yield("sub caught " + thrown.getMessage());
                        }
                        if (handler == SubHandler.IGNORE_CLOSE && thrown instanceof CoroutineExit && !ignoredOnce) {
                            ignoredOnce = true;
                            pc--;
                            return Step.yield("sub ignores close");
                        }
                        log.add("sub finally");
                        return Step.raise(thrown);
                    }
                });
    }

    /**
     * A stackful yield wrapped in the sub-coroutine's handler: retries the yield after a handled exception. It
     * takes the Yielder itself, not a function of it, as a helper that yields should: backend instrumented
     * suspends only through methods that take the Yielder (SPEC.md, section 11).
     */
    private static Object yieldHandling(Yielder<Object, Object> y, Object value,
                                        SubHandler handler, AtomicReference<Throwable> seen) {
        Object out = value;
        boolean ignoredOnce = false; // a close request is ignored once only: a finalizer, which asks at every yield, still ends it
        while (true) {
            try {
                return y.yield(out);
            } catch (IllegalArgumentException e) {
                seen.set(e);
                if (handler != SubHandler.YIELD_ON_ILLEGAL_ARGUMENT) {
                    throw e;
                }
                out = "sub caught " + e.getMessage();
            } catch (CoroutineExit e) {
                seen.set(e);
                if (handler != SubHandler.IGNORE_CLOSE || ignoredOnce) {
                    throw e;
                }
                ignoredOnce = true;
                out = "sub ignores close";
            } catch (RuntimeException | Error e) {
                seen.set(e);
                throw e;
            }
        }
    }

    /**
     * The delegator: logs "delegator started", delegates to what {@code sub} makes, yields "after R" (R the
     * delegation's result) and returns what it is sent then; logs its finally.
     */
    private static Fixture<Object, Object> delegator(Supplier<Coroutine<Object, Object>> sub, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        log.add("delegator started");
                        Object result = y.yieldFrom(sub.get());
                        return y.yield("after " + result);
                    } finally {
                        log.add("delegator finally");
                    }
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (pc == 0) {
                            pc = 1;
                            log.add("delegator started");
                            return Step.delegate(sub.get());
                        }
                        log.add("delegator finally");
                        return Step.done(sent);
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        pc = 2;
                        return Step.yield("after " + value);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        log.add("delegator finally");
                        return Step.raise(thrown);
                    }
                });
    }

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

    /** The notebook's {@code grouper}: {@code while True: results[key] = yield from averager()}. */
    private static Fixture<Double, Double> grouper(Map<String, Object> results, String key,
            Supplier<Coroutine<Double, Double>> averager) {
        return Fixture.of(
                () -> y -> {
                    while (true) {
                        results.put(key, y.yieldFrom(averager.get()));
                    }
                },
                () -> new StateMachine<>() {
                    @Override
                    public Step<Double, Double> resume(Double sent) {
                        return Step.delegate(averager.get());
                    }

                    @Override
                    public Step<Double, Double> resumeReturned(Object value) {
                        results.put(key, value);
                        return Step.delegate(averager.get());
                    }
                });
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
     * A link of a delegation chain: {@code return (yield from sub)}. Logs "NAME got X" when an exception
     * reaches it and "NAME finally" as it ends.
     */
    private static Fixture<Object, Object> passThrough(Supplier<Coroutine<Object, Object>> sub, String name, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        return y.yieldFrom(sub.get());
                    } catch (RuntimeException | Error e) {
                        log.add(name + " got " + e.getClass().getSimpleName());
                        throw e;
                    } finally {
                        log.add(name + " finally");
                    }
                },
                () -> new StateMachine<>() {
                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return Step.delegate(sub.get());
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        log.add(name + " finally");
                        return Step.done(value);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        log.add(name + " got " + thrown.getClass().getSimpleName());
                        log.add(name + " finally");
                        return Step.raise(thrown);
                    }
                });
    }

    /**
     * top, delegating to mid (directly, or through a {@link Forwarding} coroutine when {@code foreignLink}),
     * delegating to {@code inner}; all of the backend under test, in the given form.
     */
    private Coroutine<Object, Object> chainOver(Coroutine<Object, Object> inner, boolean foreignLink, EffectLog log,
                                               BodyForm form, AtomicReference<Coroutine<Object, Object>> midRef) {
        Coroutine<Object, Object> mid = create(passThrough(() -> inner, "mid", log), form);
        midRef.set(mid);
        Coroutine<Object, Object> link = foreignLink ? new Forwarding<>(mid) : mid;
        return create(passThrough(() -> link, "top", log), form);
    }

    /**
     * Verifies rule 9.8 along a chain of delegations: while the innermost coroutine runs, every coroutine of
     * the chain is RUNNING, and next, throwInto and close on any of them fail with AlreadyExecutingException
     * without reaching its body. Closing the chain then runs the finally blocks innermost first (rule 9.4).
     * If this test fails, check that a send through a chain claims every coroutine of it, not only the one
     * called and the one that runs.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_8_everyCoroutineOfAChainIsRunningWhileTheInnermostRuns(BodyForm form) {
        EffectLog log = new EffectLog();
        Map<String, Coroutine<Object, Object>> chain = new LinkedHashMap<>();
        Supplier<Object> look = () -> {
            List<String> seen = new ArrayList<>();
            chain.forEach((name, c) -> seen.add(name + " " + c.state()));
            chain.forEach((name, c) -> {
                if (!name.equals("inner")) {
                    seen.add(name + " next: " + failureOf(c::next));
                    seen.add(name + " throwInto: " + failureOf(() -> c.throwInto(new IllegalArgumentException("must not arrive"))));
                    seen.add(name + " close: " + failureOf(c::close));
                }
            });
            return seen;
        };
        Coroutine<Object, Object> inner = create(Fixture.of(
                () -> y -> {
                    try {
                        y.yield("inner ready");
                        y.yield(look.get());
                        return null;
                    } finally {
                        log.add("inner finally");
                    }
                },
                () -> new YieldFirst<>("inner ready") {
                    private boolean looked;

                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        if (looked) {
                            log.add("inner finally");
                            return Step.done(null);
                        }
                        looked = true;
                        return Step.yield(look.get());
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        log.add("inner finally");
                        return Step.raise(thrown);
                    }
                }), form);
        AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
        Coroutine<Object, Object> top = chainOver(inner, false, log, form, mid);
        chain.put("top", top);
        chain.put("mid", mid.get());
        chain.put("inner", inner);

        assertEquals("inner ready", top.next());
        chain.forEach((name, c) -> assertEquals(State.SUSPENDED, c.state(), "rule 9.8: " + name + " after the chain yielded"));
        String busy = AlreadyExecutingException.class.getSimpleName();
        assertEquals(List.of("top RUNNING", "mid RUNNING", "inner RUNNING",
                "top next: " + busy, "top throwInto: " + busy, "top close: " + busy,
                "mid next: " + busy, "mid throwInto: " + busy, "mid close: " + busy), top.send("look"),
                "rule 9.8: what the innermost coroutine saw of its chain while it ran");
        assertEquals(List.of(), log.entries(), "rule 9.8: no call on a running delegator reached its body");
        chain.forEach((name, c) -> assertEquals(State.SUSPENDED, c.state(), "rule 9.8: " + name + " after the chain yielded"));

        assertEquals(null, top.close()); // the body refers to its own chain, which keeps it from finalization
        assertEquals(List.of("inner finally", "mid got CoroutineExit", "mid finally", "top got CoroutineExit", "top finally"),
                log.entries(), "rule 9.4: finally blocks along a chain, innermost first");
        chain.forEach((name, c) -> assertEquals(State.CLOSED, c.state(), "rule 9.4: " + name + " after close()"));
    }

    /** The simple name of what {@code op} throws, or "returned" when it returns. */
    private static String failureOf(Executable op) {
        try {
            op.execute();
            return "returned";
        } catch (Throwable t) {
            return t.getClass().getSimpleName();
        }
    }

    /**
     * Verifies rule 9.4 along a chain of delegations, with and without a foreign coroutine as one of its
     * links (rule 9.9): close() of the outermost closes the innermost first, then each delegator outwards.
     * If this test fails, check how a close request is passed down more than one level.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_4_closeOfAChainClosesInnermostFirst(BodyForm form) {
        for (boolean foreignLink : new boolean[] {false, true}) {
            EffectLog log = new EffectLog();
            Coroutine<Object, Object> inner = create(sub(SubHandler.NONE, log, new AtomicReference<>()), form);
            AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
            Coroutine<Object, Object> top = chainOver(inner, foreignLink, log, form, mid);
            assertEquals("s1", top.next());
            assertEquals("s2 got a", top.send("a"), "rule 9.1: a send down the chain");
            assertEquals(null, top.close());
            assertEquals(List.of("sub finally", "mid got CoroutineExit", "mid finally", "top got CoroutineExit", "top finally"),
                    log.entries(), "rule 9.4: finally blocks along a chain, innermost first (foreign link: " + foreignLink + ")");
            for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner)) {
                assertEquals(State.CLOSED, c.state(), "rule 9.4: every coroutine of the chain");
            }
        }
    }

    /**
     * Verifies rule 9.2 along a chain of delegations, with and without a foreign link: throwInto reaches the
     * innermost coroutine, what it yields comes back, and what it raises goes out through every delegator
     * as the same instance. If this test fails, check how an exception is passed down and back up more
     * than one level.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_2_throwIntoReachesTheInnermostOfAChain(BodyForm form) {
        for (boolean foreignLink : new boolean[] {false, true}) {
            EffectLog log = new EffectLog();
            AtomicReference<Throwable> seen = new AtomicReference<>();
            Coroutine<Object, Object> inner = create(sub(SubHandler.YIELD_ON_ILLEGAL_ARGUMENT, log, seen), form);
            AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
            Coroutine<Object, Object> top = chainOver(inner, foreignLink, log, form, mid);
            top.next();
            IllegalArgumentException handled = new IllegalArgumentException("x");
            assertEquals("sub caught x", top.throwInto(handled), "rule 9.2: the innermost's answer");
            assertSame(handled, seen.get(), "rule 9.2: the innermost gets the same instance");
            IllegalStateException unhandled = new IllegalStateException("not handled");
            Expect.throwsSame("9.2", unhandled, () -> top.throwInto(unhandled));
            assertEquals(List.of("sub finally", "mid got IllegalStateException", "mid finally",
                    "top got IllegalStateException", "top finally"), log.entries(),
                    "rule 9.2: the exception out through every delegator (foreign link: " + foreignLink + ")");
            for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner)) {
                assertEquals(State.CLOSED, c.state(), "rule 9.2: every coroutine of the chain");
            }
        }
    }

    /**
     * Verifies rule 9.6 along a chain of delegations: when the innermost coroutine ignores its close request,
     * the IgnoredExitException is raised in its delegator, goes out through the chain and reaches the
     * caller of close(); the delegators end CLOSED, the innermost stays SUSPENDED. If this test fails, check
     * that an ignored close deep in a chain is a failure of that coroutine's close, not a yield to the caller.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_6_ignoredCloseDeepInAChainFailsTheChainsClose(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> inner = create(sub(SubHandler.IGNORE_CLOSE, log, new AtomicReference<>()), form);
        AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
        Coroutine<Object, Object> top = chainOver(inner, false, log, form, mid);
        top.next();
        Expect.throwsExactly("9.6", IgnoredExitException.class, top::close);
        assertEquals(List.of("mid got IgnoredExitException", "mid finally", "top got IgnoredExitException", "top finally"),
                log.entries(), "rule 9.6: the failure out through the chain");
        assertEquals(State.CLOSED, top.state(), "rule 9.6: the outermost delegator");
        assertEquals(State.CLOSED, mid.get().state(), "rule 9.6: the middle delegator");
        assertEquals(State.SUSPENDED, inner.state(), "rule 9.6: the innermost, which ignored its close");
        IllegalStateException end = new IllegalStateException("end it");
        Expect.throwsSame("9.6", end, () -> inner.throwInto(end)); // no thread left behind
    }

    /**
     * Verifies rule 10.1 for a coroutine suspended in a delegation: abandoned, it is finalized as close()
     * would end it, its sub-coroutine closed first and then its own finally run (rule 9.4). If this test
     * fails, check that finalizing a delegator closes the sub-coroutine it waits for: there is no caller to
     * follow the chain of delegations then.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void optional_10_1_anAbandonedDelegatorClosesItsSubFirst(BodyForm form) {
        assumeCapability(Capability.FINALIZES_ABANDONED);
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> inner = create(sub(SubHandler.NONE, log, new AtomicReference<>()), form);
        startAndDrop(create(delegator(() -> inner, log), form));
        Timeouts.await("10.1", Timeouts.finalization(), () -> {
            if (!log.entries().contains("delegator finally")) {
                System.gc();
            }
            return log.entries().contains("delegator finally");
        }, () -> "the abandoned delegator's finalization; finally blocks run: " + log);
        assertEquals(List.of("delegator started", "sub finally", "delegator finally"), log.entries(),
                "rule 10.1: an abandoned delegator closes its sub-coroutine, then itself");
        assertEquals(State.CLOSED, inner.state(), "rule 10.1: the sub-coroutine of an abandoned delegator");
    }

    /** Starts {@code c} into its delegation and keeps no reference to it. */
    private static void startAndDrop(Coroutine<Object, Object> c) {
        assertEquals("s1", c.next());
    }

    /** A coroutine of no backend that forwards every call to another: a foreign link in a chain (rule 9.9). */
    final class Forwarding<I, O> implements Coroutine<I, O> {
        private final Coroutine<I, O> to;

        Forwarding(Coroutine<I, O> to) {
            this.to = to;
        }

        @Override
        public O send(I value) {
            return to.send(value);
        }

        @Override
        public O throwInto(Throwable error) {
            return to.throwInto(error);
        }

        @Override
        public Object close() {
            return to.close();
        }

        @Override
        public State state() {
            return to.state();
        }
    }

    /** A coroutine written by hand against the interface alone: yields 1, 2, 3 and returns "counted". */
    final class HandWrittenCounter implements Coroutine<Object, Object> {
        private int next = 1;
        private State state = State.CREATED;

        @Override
        public Object send(Object value) {
            if (state == State.CLOSED) {
                throw new CoroutineExhaustedException(null);
            }
            if (next > 3) {
                state = State.CLOSED;
                throw new CoroutineExhaustedException("counted");
            }
            state = State.SUSPENDED;
            return next++;
        }

        @Override
        public Object throwInto(Throwable error) {
            state = State.CLOSED;
            throw Expect.sneaky(error);
        }

        @Override
        public Object close() {
            state = State.CLOSED;
            return null;
        }

        @Override
        public State state() {
            return state;
        }
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

    /** What a sub-coroutine does with the close request at its first yield, for rules 9.4-9.6. */
    enum OnSubExit { RETURN_VALUE, IGNORE_ONCE, RAISE }

    /** Raised by a sub-coroutine that fails to close (rule 9.5). */
    final class SubFailedToClose extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SubFailedToClose() {
            super("the sub-coroutine failed while closing");
        }
    }

    /**
     * A sub-coroutine that yields "s1" and answers a close request there as {@code how} says: returns "sub's
     * close value", yields "sub ignores close" once (and then returns at its next step), or raises
     * {@code failure}. Logs what it did.
     */
    private static Fixture<Object, Object> subOnExit(OnSubExit how, RuntimeException failure, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        y.yield("s1");
                    } catch (CoroutineExit request) {
                        log.add("sub got the close request");
                        switch (how) {
                            case RETURN_VALUE -> {
                                return "sub's close value";
                            }
                            case IGNORE_ONCE -> {
                                y.yield("sub ignores close");
                                return "sub ended";
                            }
                            default -> throw failure;
                        }
                    }
                    return "sub returned";
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return pc++ == 0 ? Step.yield("s1") : Step.done(pc == 2 ? "sub returned" : "sub ended");
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (pc != 1 || !(thrown instanceof CoroutineExit)) {
                            return Step.raise(thrown);
                        }
                        log.add("sub got the close request");
                        pc = 3;
                        return switch (how) {
                            case RETURN_VALUE -> Step.done("sub's close value");
                            case IGNORE_ONCE -> Step.yield("sub ignores close");
                            default -> Step.raise(failure);
                        };
                    }
                });
    }

    /** What an observing delegator does with the exception that reaches its delegation. */
    enum DelegatorHandling { RETHROW, RETURN_VALUE, YIELD }

    /**
     * A delegator that logs what reaches its delegation ("delegator saw X", or "after yield from R" when the
     * delegation returned R), then rethrows it, returns "delegator's value", or yields "delegator yields"
     * and then returns; logs its finally.
     */
    private static Fixture<Object, Object> observingDelegator(Supplier<Coroutine<Object, Object>> sub,
            DelegatorHandling handling, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        Object r;
                        try {
                            r = y.yieldFrom(sub.get());
                        } catch (Throwable t) {
                            log.add("delegator saw " + t.getClass().getSimpleName());
                            switch (handling) {
                                case RETURN_VALUE -> {
                                    return "delegator's value";
                                }
                                case YIELD -> {
                                    y.yield("delegator yields");
                                    return "delegator ended";
                                }
                                default -> throw t;
                            }
                        }
                        log.add("after yield from " + r);
                        return y.yield("after");
                    } finally {
                        log.add("delegator finally");
                    }
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (pc == 0) {
                            pc = 1;
                            return Step.delegate(sub.get());
                        }
                        log.add("delegator finally");
                        return Step.done(pc == 2 ? sent : "delegator ended");
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        log.add("after yield from " + value);
                        pc = 2;
                        return Step.yield("after");
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (pc != 1) {
                            log.add("delegator finally");
                            return Step.raise(thrown);
                        }
                        log.add("delegator saw " + thrown.getClass().getSimpleName());
                        switch (handling) {
                            case RETURN_VALUE -> {
                                log.add("delegator finally");
                                return Step.done("delegator's value");
                            }
                            case YIELD -> {
                                pc = 3;
                                return Step.yield("delegator yields");
                            }
                            default -> {
                                log.add("delegator finally");
                                return Step.raise(thrown);
                            }
                        }
                    }
                });
    }

    /** The observing delegator over a {@link #subOnExit} sub of the same backend and form, kept in {@code subRef}. */
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

    /** Delegates to what {@code to} gives; if that raises AlreadyExecutingException, yields "caught ...". */
    private static Fixture<Object, Object> catchingDelegator(Supplier<Coroutine<Object, Object>> to) {
        return Fixture.of(
                () -> y -> {
                    try {
                        return y.yieldFrom(to.get());
                    } catch (AlreadyExecutingException e) {
                        return y.yield("caught " + e.getClass().getSimpleName());
                    }
                },
                () -> new StateMachine<>() {
                    private boolean caught;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return caught ? Step.done(sent) : Step.delegate(to.get());
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        return Step.done(value);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (!caught && thrown instanceof AlreadyExecutingException e) {
                            caught = true;
                            return Step.yield("caught " + e.getClass().getSimpleName());
                        }
                        return Step.raise(thrown);
                    }
                });
    }

    /** An iterator over 1, 2, 3 that records each element it gives. */
    final class RecordingIterator implements Iterator<Object> {
        final List<Object> given = new CopyOnWriteArrayList<>();
        private int next = 1;

        @Override
        public boolean hasNext() {
            return next <= 3;
        }

        @Override
        public Object next() {
            given.add(next);
            return next++;
        }
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
    }
}

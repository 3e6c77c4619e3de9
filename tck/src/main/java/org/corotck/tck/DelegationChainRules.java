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
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SPEC.md section 9 along a chain of delegations (top, mid, inner), with and without a foreign link: every
 * coroutine of it RUNNING while the innermost runs, and sends, exceptions and close requests reaching the
 * innermost and coming back out through every delegator.
 */
public interface DelegationChainRules extends TckContext {

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
     * the chain is RUNNING, and next, throwInto and close on any of them, the innermost itself included (rule
     * 8.2), fail with AlreadyExecutingException without reaching its body. Closing the chain then runs the
     * finally blocks innermost first (rule 9.4).
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
                seen.add(name + " next: " + failureOf(c::next));
                seen.add(name + " throwInto: " + failureOf(() -> c.throwInto(new IllegalArgumentException("must not arrive"))));
                seen.add(name + " close: " + failureOf(c::close));
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
                "mid next: " + busy, "mid throwInto: " + busy, "mid close: " + busy,
                "inner next: " + busy, "inner throwInto: " + busy, "inner close: " + busy), top.send("look"),
                "rule 9.8: what the innermost coroutine saw of its chain while it ran");
        assertEquals(List.of(), log.entries(), "rule 9.8: no call on a running delegator reached its body");
        chain.forEach((name, c) -> assertEquals(State.SUSPENDED, c.state(), "rule 9.8: " + name + " after the chain yielded"));

        assertEquals(null, top.close()); // the body refers to its own chain, which keeps it from finalization
        assertEquals(List.of("inner finally", "mid got CoroutineExit", "mid finally", "top got CoroutineExit", "top finally"),
                log.entries(), "rule 9.4: finally blocks along a chain, innermost first");
        chain.forEach((name, c) -> assertEquals(State.CLOSED, c.state(), "rule 9.4: " + name + " after close()"));
    }

    /**
     * Verifies rule 9.4 along a chain of delegations, with and without a foreign coroutine as one of its
     * links (rule 9.9): close() of the outermost closes the innermost first, then each delegator outwards; the
     * same when the second send went to the innermost directly (CPython 3.13.0: {@code inner.send('a')} between
     * {@code next(top)} and {@code top.close()}). If this test fails, check how a close request is passed down
     * more than one level, also once a direct call has let the chain go.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_4_closeOfAChainClosesInnermostFirst(BodyForm form) {
        for (boolean foreignLink : new boolean[] {false, true}) {
            for (boolean direct : new boolean[] {false, true}) {
                String where = " (foreign link: " + foreignLink + ", the second send to the innermost directly: " + direct + ")";
                EffectLog log = new EffectLog();
                Coroutine<Object, Object> inner = create(sub(SubHandler.NONE, log, new AtomicReference<>()), form);
                AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
                Coroutine<Object, Object> top = chainOver(inner, foreignLink, log, form, mid);
                assertEquals("s1", top.next());
                assertEquals("s2 got a", (direct ? inner : top).send("a"), "rule 9.1: a send down the chain" + where);
                assertEquals(null, top.close());
                assertEquals(List.of("sub finally", "mid got CoroutineExit", "mid finally", "top got CoroutineExit",
                        "top finally"), log.entries(), "rule 9.4: finally blocks along a chain, innermost first" + where);
                for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner)) {
                    assertEquals(State.CLOSED, c.state(), "rule 9.4: every coroutine of the chain" + where);
                }
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
            assertEquals("sub caught x", Expect.returns("9.2", () -> top.throwInto(handled)), "rule 9.2: the innermost's answer");
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
     * Verifies rule 9.1 when the innermost coroutine of a chain is called directly between two calls on the
     * top: it is an ordinary SUSPENDED coroutine, a send or throwInto on it runs it and leaves the delegators
     * SUSPENDED, and the top's next send reaches it where that direct call left it, its return value coming
     * out through every delegator (CPython 3.13.0: {@code inner.send('direct')} and {@code inner.throw(x)}
     * between two {@code top.send}s, the last returning {@code 'result via top'}). If this test fails, check
     * that a call on a coroutine of a chain that the chain's top does not hold neither waits for the chain nor
     * leaves the chain pointing at where the innermost was.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_1_theInnermostCalledDirectlyIsResumedWhereThatCallLeftIt(BodyForm form) {
        for (boolean foreignLink : new boolean[] {false, true}) {
            EffectLog log = new EffectLog();
            AtomicReference<Throwable> seen = new AtomicReference<>();
            Coroutine<Object, Object> inner = create(sub(SubHandler.YIELD_ON_ILLEGAL_ARGUMENT, log, seen), form);
            AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
            Coroutine<Object, Object> top = chainOver(inner, foreignLink, log, form, mid);
            String where = " (foreign link: " + foreignLink + ")";
            assertEquals("s1", top.next(), "rule 9.1: the innermost's first value through the chain" + where);
            assertEquals("s2 got direct", Expect.returns("9.1", () -> inner.send("direct")),
                    "rule 9.1: a send on the innermost itself runs it" + where);
            for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner)) {
                assertEquals(State.SUSPENDED, c.state(), "rule 9.1: the chain after a direct send to its innermost" + where);
            }
            IllegalArgumentException x = new IllegalArgumentException("x");
            assertEquals("sub caught x", Expect.returns("9.1", () -> inner.throwInto(x)),
                    "rule 9.1: a throwInto on the innermost itself reaches its body" + where);
            assertSame(x, seen.get(), "rule 9.1: the same instance" + where);
            assertEquals(List.of(), log.entries(), "rule 9.1: no delegator saw the direct calls" + where);
            assertEquals("result via top", Expect.exhausted("9.1", () -> top.send("via top")),
                    "rule 9.1: the top's send resumes the innermost at the yield the direct calls left it at, and its"
                            + " return value comes out through every delegator" + where);
            assertEquals(List.of("sub finally", "mid finally", "top finally"), log.entries(), "rule 9.3" + where);
            for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner)) {
                assertEquals(State.CLOSED, c.state(), "rule 9.1: every coroutine of the chain after it ended" + where);
            }
        }
    }

    /**
     * Verifies rule 9.1 when a delegator in the middle of a chain is called directly between two calls on the
     * top: it is an ordinary SUSPENDED delegator, a send on it reaches the innermost through it and leaves the
     * top SUSPENDED, and the top's next send goes on from there (CPython 3.13.0: {@code mid.send('direct')}
     * between two {@code top.send}s answers {@code 's2 got direct'}, the last returns {@code 'result via top'}).
     * If this test fails, check that a call on a middle member of a chain, not held by a call on the top, lets
     * the chain go for good, so that the members below it are driven as plain sub-coroutines.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_1_aDelegatorInTheMiddleOfAChainCalledDirectlyDrivesItsSub(BodyForm form) {
        for (boolean foreignLink : new boolean[] {false, true}) {
            EffectLog log = new EffectLog();
            Coroutine<Object, Object> inner = create(sub(SubHandler.NONE, log, new AtomicReference<>()), form);
            AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
            Coroutine<Object, Object> top = chainOver(inner, foreignLink, log, form, mid);
            String where = " (foreign link: " + foreignLink + ")";
            assertEquals("s1", top.next(), "rule 9.1: the innermost's first value through the chain" + where);
            assertEquals("s2 got direct", Expect.returns("9.1", () -> mid.get().send("direct")),
                    "rule 9.1: a send on the middle delegator itself reaches the innermost" + where);
            for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner)) {
                assertEquals(State.SUSPENDED, c.state(), "rule 9.1: the chain after a direct send to its middle" + where);
            }
            assertEquals(List.of(), log.entries(), "rule 9.1: nothing ended" + where);
            assertEquals("result via top", Expect.exhausted("9.1", () -> top.send("via top")),
                    "rule 9.1: the top's send goes on where the direct send left the chain" + where);
            assertEquals(List.of("sub finally", "mid finally", "top finally"), log.entries(), "rule 9.3" + where);
        }
    }

    /**
     * Verifies rules 9.1 and 9.2 along a chain whose innermost coroutine first delegated to an iterator: once
     * the iterator ends, the innermost yields on its own, and a send and a throwInto on the top still reach it
     * (CPython 3.13.0: {@code x}: {@code yield from iter(['it']); v = yield 'x ready'; yield 'X got ' + v},
     * handling ValueError at that yield; under two pass-through delegators: 'it', 'x ready', 'X got v', 'X caught
     * e'). If this test fails, check that a chain's bottom is tracked as it delegates and stops delegating
     * below the chain, not only when the chain is formed.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_1_aChainReachesItsInnermostAfterThatDelegatedToAnIterator(BodyForm form) {
        Coroutine<Object, Object> x = create(Fixture.of(
                () -> y -> {
                    y.yieldFrom(Coroutines.of(List.<Object>of("it").iterator()));
                    Object v = y.yield("x ready");
                    try {
                        return y.yield("X got " + v);
                    } catch (IllegalArgumentException e) {
                        return y.yield("X caught " + e.getMessage());
                    }
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        switch (pc) {
                            case 0:
                                pc = 1;
                                return Step.delegate(Coroutines.of(List.<Object>of("it").iterator()));
                            case 2:
                                pc = 3;
                                return Step.yield("X got " + sent);
                            default:
                                return Step.done(sent);
                        }
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        pc = 2;
                        return Step.yield("x ready");
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (pc == 3 && thrown instanceof IllegalArgumentException e) {
                            pc = 4;
                            return Step.yield("X caught " + e.getMessage());
                        }
                        return Step.raise(thrown);
                    }
                }), form);
        Coroutine<Object, Object> top = chainOver(x, false, new EffectLog(), form, new AtomicReference<>());
        assertEquals("it", top.next(), "rule 9.12: the iterator's element through the chain");
        assertEquals("x ready", top.next(), "rule 9.1: the innermost's own yield once its iterator ended");
        assertEquals("X got v", Expect.returns("9.1", () -> top.send("v")), "rule 9.1: a send through the chain");
        assertEquals("X caught e", Expect.returns("9.2", () -> top.throwInto(new IllegalArgumentException("e"))),
                "rule 9.2: a throwInto through the chain");
        assertEquals(State.SUSPENDED, x.state());
        top.close();
        assertEquals(State.CLOSED, x.state(), "rule 9.4: the innermost after the top's close()");
    }

    /**
     * The chain top -> mid -> inner of {@link #required_9_1_aChainReachesAnInnermostThatWasStartedFirstOrCalledDirectly}
     * and {@link #required_9_8_everyCoroutineOfAChainIsRunningAfterItsInnermostDelegatesFurther}, all of the backend
     * under test, in {@code chain} by name in that order. {@code inner} is {@code yield from iter(['it']);
     * v = yield 'inner ready'; try: yield 'inner got ' + v except ValueError as e: yield 'inner caught ' + str(e);
     * r = yield from sub(); yield 'inner got ' + r; yield look('inner'); return 'inner result'}, and {@code sub},
     * made (and put in {@code chain}) when inner delegates to it, is {@code yield 'sub ready'; yield look('sub');
     * return 'sub result'}; mid and top are pass-through delegators that log. {@code look(self)} is what a body
     * sees of the chain: the state of each coroutine of it, then what {@code next()} on each coroutine further
     * out than itself throws.
     */
    private Map<String, Coroutine<Object, Object>> delegatingFurther(BodyForm form, EffectLog log) {
        Map<String, Coroutine<Object, Object>> chain = new LinkedHashMap<>();
        Function<String, Object> look = self -> {
            List<String> seen = new ArrayList<>();
            chain.forEach((name, c) -> seen.add(name + " " + c.state()));
            for (Map.Entry<String, Coroutine<Object, Object>> outer : chain.entrySet()) {
                if (outer.getKey().equals(self)) {
                    break;
                }
                seen.add(outer.getKey() + " next: " + failureOf(outer.getValue()::next));
            }
            return seen;
        };
        Fixture<Object, Object> sub = Fixture.of(
                () -> y -> {
                    y.yield("sub ready");
                    y.yield(look.apply("sub"));
                    return "sub result";
                },
                () -> new YieldFirst<>("sub ready") {
                    private boolean looked;

                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        if (looked) {
                            return Step.done("sub result");
                        }
                        looked = true;
                        return Step.yield(look.apply("sub"));
                    }
                });
        Supplier<Coroutine<Object, Object>> makeSub = () -> {
            Coroutine<Object, Object> s = create(sub, form);
            chain.put("sub", s);
            return s;
        };
        Coroutine<Object, Object> inner = create(Fixture.of(
                () -> y -> {
                    y.yieldFrom(Coroutines.of(List.<Object>of("it").iterator()));
                    Object v = y.yield("inner ready");
                    try {
                        y.yield("inner got " + v);
                    } catch (IllegalArgumentException e) {
                        y.yield("inner caught " + e.getMessage());
                    }
                    Object r = y.yieldFrom(makeSub.get());
                    y.yield("inner got " + r);
                    y.yield(look.apply("inner"));
                    return "inner result";
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        switch (pc) {
                            case 0:
                                pc = 1;
                                return Step.delegate(Coroutines.of(List.<Object>of("it").iterator()));
                            case 2:
                                pc = 3;
                                return Step.yield("inner got " + sent);
                            case 3:
                            case 4:
                                pc = 5;
                                return Step.delegate(makeSub.get());
                            case 6:
                                pc = 7;
                                return Step.yield(look.apply("inner"));
                            default:
                                return Step.done("inner result");
                        }
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        if (pc == 1) {
                            pc = 2;
                            return Step.yield("inner ready");
                        }
                        pc = 6;
                        return Step.yield("inner got " + value);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (pc == 3 && thrown instanceof IllegalArgumentException e) {
                            pc = 4;
                            return Step.yield("inner caught " + e.getMessage());
                        }
                        return Step.raise(thrown);
                    }
                }), form);
        Coroutine<Object, Object> mid = create(passThrough(() -> inner, "mid", log), form);
        chain.put("top", create(passThrough(() -> mid, "top", log), form));
        chain.put("mid", mid);
        chain.put("inner", inner);
        return chain;
    }

    /**
     * Starts the chain of {@link #delegatingFurther} up to inner's yield of 'inner ready': either inner first
     * ({@code next(inner)}, which enters its iterator, before {@code next(top)}: mid then delegates to a coroutine
     * already in a delegation of its own), or the top first ({@code next(top)}, then {@code next(inner)} directly,
     * which ends inner's iterator). Returns what the two calls gave.
     */
    private static List<Object> startDelegatingFurther(Map<String, Coroutine<Object, Object>> chain, boolean innerFirst) {
        Coroutine<Object, Object> top = chain.get("top");
        Coroutine<Object, Object> inner = chain.get("inner");
        return innerFirst ? List.of(inner.next(), top.next()) : List.of(top.next(), inner.next());
    }

    /**
     * Verifies rules 9.1 and 9.2 for a chain whose middle delegator delegated to a coroutine that was itself
     * already in a delegation (to an iterator), or whose innermost was called directly after the top formed the
     * chain: once inner's iterator ended, a send and a throwInto on the top reach inner, and close() of the top
     * closes it, innermost first (CPython 3.13.0: {@code next(inner)} before {@code next(top)}, or after it; then
     * {@code top.send('v')} gives 'inner got v', {@code top.throw(ValueError('e'))} 'inner caught e'). If this
     * test fails, check how a call on a chain's top reaches a coroutine below the chain's bottom, one that did not
     * join the chain because it was delegating when it was delegated to: the value sent and the exception thrown
     * must reach its body, as they reach an innermost that did join.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_1_aChainReachesAnInnermostThatWasStartedFirstOrCalledDirectly(BodyForm form) {
        for (boolean innerFirst : new boolean[] {true, false}) {
            String where = innerFirst ? " (inner started first)" : " (inner called directly after the top)";
            EffectLog log = new EffectLog();
            Map<String, Coroutine<Object, Object>> chain = delegatingFurther(form, log);
            Coroutine<Object, Object> top = chain.get("top");
            assertEquals(List.of("it", "inner ready"), startDelegatingFurther(chain, innerFirst),
                    "rule 9.12: the iterator's element, then inner's own yield" + where);
            assertEquals("inner got v", Expect.returns("9.1", () -> top.send("v")), "rule 9.1: a send through the chain" + where);
            assertEquals("inner caught e", Expect.returns("9.2", () -> top.throwInto(new IllegalArgumentException("e"))),
                    "rule 9.2: a throwInto through the chain" + where);
            chain.forEach((name, c) -> assertEquals(State.SUSPENDED, c.state(), "rule 9.1: " + name + where));
            assertEquals(List.of(), log.entries(), "rule 9.1: no delegator saw the send or the exception" + where);
            assertNull(top.close(), "rule 9.4" + where);
            assertEquals(List.of("mid got CoroutineExit", "mid finally", "top got CoroutineExit", "top finally"),
                    log.entries(), "rule 9.4: the chain closed innermost first" + where);
            chain.forEach((name, c) -> assertEquals(State.CLOSED, c.state(), "rule 9.4: " + name + " after close()" + where));
        }
    }

    /**
     * Verifies rule 9.8 for a chain whose innermost delegates further after the chain formed: inner, which mid
     * delegated to while inner was in a delegation of its own (or which was called directly after the top formed
     * the chain), delegates to a fresh sub; while sub runs, and later while inner runs again after sub returned,
     * every coroutine of the chain is RUNNING and next() on each one further out fails with
     * AlreadyExecutingException (CPython 3.13.0, both ways of starting: sub and then inner see every generator
     * GEN_RUNNING, and next() on each one further out raises "generator already executing"). If this test
     * fails, check that the coroutines a chain's top reaches below the chain's bottom, and one that the
     * innermost delegates to later, are claimed by the call as the chain's own members are, and that the chain
     * is not extended past a coroutine that is not in it, nor formed from a coroutine the call on the top is
     * not.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_8_everyCoroutineOfAChainIsRunningAfterItsInnermostDelegatesFurther(BodyForm form) {
        String busy = "next: " + AlreadyExecutingException.class.getSimpleName();
        for (boolean innerFirst : new boolean[] {true, false}) {
            String where = innerFirst ? " (inner started first)" : " (inner called directly after the top)";
            EffectLog log = new EffectLog();
            Map<String, Coroutine<Object, Object>> chain = delegatingFurther(form, log);
            Coroutine<Object, Object> top = chain.get("top");
            startDelegatingFurther(chain, innerFirst);
            assertEquals("inner got v", top.send("v"), "rule 9.1" + where);
            assertEquals("inner caught e", top.throwInto(new IllegalArgumentException("e")), "rule 9.2" + where);
            assertEquals("sub ready", top.next(), "rule 9.1: inner delegated to sub" + where);
            assertEquals(List.of("top RUNNING", "mid RUNNING", "inner RUNNING", "sub RUNNING",
                    "top " + busy, "mid " + busy, "inner " + busy), top.send("look"),
                    "rule 9.8: what sub saw of its chain while it ran" + where);
            assertEquals("inner got sub result", top.next(), "rule 9.3: sub's return value, inner's yield" + where);
            assertEquals(List.of("top RUNNING", "mid RUNNING", "inner RUNNING", "sub CLOSED",
                    "top " + busy, "mid " + busy), top.next(),
                    "rule 9.8: what inner saw of its chain while it ran again after sub returned" + where);
            chain.forEach((name, c) -> assertEquals(name.equals("sub") ? State.CLOSED : State.SUSPENDED, c.state(),
                    "rule 9.8: " + name + " after the chain yielded" + where));
            assertEquals("inner result", Expect.exhausted("9.3", top::next), "rule 9.3: inner's return value out of the top" + where);
            assertEquals(List.of("mid finally", "top finally"), log.entries(), "rule 9.8: no call on a running delegator reached its body" + where);
            chain.forEach((name, c) -> assertEquals(State.CLOSED, c.state(), "rule 9.3: " + name + " after the chain ended" + where));
        }
    }

    /**
     * Verifies rule 7.10 at the bottom of a chain, with rule 9.4: close() on the top of a chain whose innermost
     * coroutine is suspended inside a try-with-resources whose resource fails raises that failure, which comes
     * out of the innermost into each delegator as an ordinary exception and then out of close() itself; every coroutine
     * ends CLOSED (CPython 3.13.0: {@code with cm: yield 's1'} under two {@code yield from}s, {@code __exit__}
     * raising X: {@code top.close()} raises X, each delegator's finally runs). If this test fails, check that a
     * close request coming out of a sub-coroutine of a chain with a suppressed failure is judged as one coming
     * out of a plain body: the failure, not a clean close.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_7_10_aResourceFailingAtTheBottomOfAChainComesOutOfTheTopsClose(BodyForm form) {
        for (boolean foreignLink : new boolean[] {false, true}) {
            EffectLog log = new EffectLog();
            IllegalStateException failure = new IllegalStateException("the innermost's resource failed to close");
            Coroutine<Object, Object> inner =
                    create(CloseFixtures.FailingResource.yieldingInside("inner resource", "s1", failure, log), form);
            AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
            Coroutine<Object, Object> top = chainOver(inner, foreignLink, log, form, mid);
            String where = " (foreign link: " + foreignLink + ")";
            assertEquals("s1", top.next(), "rule 9.1: the innermost's first value through the chain" + where);
            Expect.throwsSame("7.10", failure, top::close);
            assertEquals(List.of("inner resource closed", "mid got IllegalStateException", "mid finally",
                    "top got IllegalStateException", "top finally"), log.entries(),
                    "rules 9.4, 7.10: the failure comes out of the innermost into each delegator in turn" + where);
            for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner)) {
                assertEquals(State.CLOSED, c.state(), "rule 7.10: every coroutine of the chain after close()" + where);
            }
            assertNull(top.close(), "rule 7.10: a later close()" + where);
        }
    }

    /**
     * Verifies rule 9.11 inside a chain of delegations: while the innermost coroutine runs, a coroutine its body
     * drives delegates to a delegator of that chain, which is RUNNING; AlreadyExecutingException is raised at
     * that delegation, the delegator caught it and yields, and the chain is untouched: every coroutine of it
     * SUSPENDED once the innermost yields (CPython 3.13.0: {@code next(z)} from the innermost, z doing
     * {@code yield from mid}, raises "generator already executing" in z). If this test fails, check that a
     * delegation to a coroutine held by a running chain is refused rather than claimed or stepped.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_11_delegatingToARunningMemberOfAChainRaisesInTheDelegator(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> z = new AtomicReference<>();
        Coroutine<Object, Object> inner = create(Fixture.of(
                () -> y -> {
                    y.yield("inner ready");
                    y.yield(z.get().next());
                    return null;
                },
                () -> new YieldFirst<>("inner ready") {
                    private boolean drove;

                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        if (drove) {
                            return Step.done(null);
                        }
                        drove = true;
                        return Step.yield(z.get().next());
                    }
                }), form);
        AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
        Coroutine<Object, Object> top = chainOver(inner, false, log, form, mid);
        z.set(create(catchingDelegator(mid::get), form));
        assertEquals("inner ready", top.next());
        assertEquals("caught AlreadyExecutingException", Expect.returns("9.11", () -> top.send("go")),
                "rule 9.11: what the delegator the innermost drove got from delegating to mid");
        for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner, z.get())) {
            assertEquals(State.SUSPENDED, c.state(), "rule 9.11: after the chain yielded");
        }
        assertEquals(List.of(), log.entries(), "rule 9.11: mid's body was not reached");
        assertEquals(null, top.close());
        assertEquals(null, z.get().close());
    }

    /**
     * Verifies rule 9.12 at the bottom of a chain: top delegating to a delegating to Coroutines.of(iterator);
     * each element comes out of the top, and the iterator's end ends the chain with null (CPython 3.13.0:
     * {@code yield from a} over {@code a} doing {@code yield from iter([1, 2, 3])}). If this test fails, check
     * how a send through a chain reaches a sub-coroutine that is not of the backend's own kind.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_12_anIteratorAtTheBottomOfAChainReachesItsTop(BodyForm form) {
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> a = create(passThrough(() -> Coroutines.of(List.<Object>of(1, 2, 3).iterator()), "a", log), form);
        Coroutine<Object, Object> top = create(passThrough(() -> a, "top", log), form);
        assertEquals(List.of(1, 2, 3), List.of(top.next(), top.next(), top.next()), "rule 9.12: the elements, through the chain");
        assertEquals(State.SUSPENDED, a.state());
        assertEquals(null, Expect.exhausted("9.12", top::next), "rule 9.12: the iterator's end ends the chain with null");
        assertEquals(List.of("a finally", "top finally"), log.entries());
        assertEquals(State.CLOSED, a.state());
    }

    /**
     * Verifies rule 9.5 along a chain of delegations: throwInto(x), x a CoroutineExit, on the top closes mid,
     * which closes the innermost, each with a close request of its own, innermost first; then x itself is
     * raised in the top and reaches the caller (CPython 3.13.0: {@code top.throw(x)} over {@code top -> mid ->
     * inner}: inner and mid get fresh GeneratorExits, top gets x, the caller x). If this test fails, check that
     * a thrown exit closes a sub-coroutine that is itself a delegator through its close(), not by passing x on,
     * and raises x only in the coroutine it was thrown into.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_5_aThrownExitClosesAChainInnermostFirstAndReachesTheCallerAsItself(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Throwable> innerGot = new AtomicReference<>();
        Coroutine<Object, Object> inner = create(sub(SubHandler.NONE, log, innerGot), form);
        AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
        Coroutine<Object, Object> top = chainOver(inner, false, log, form, mid);
        assertEquals("s1", top.next());
        CoroutineExit x = new CoroutineExit();
        Expect.throwsSame("9.5", x, () -> top.throwInto(x));
        assertInstanceOf(CoroutineExit.class, innerGot.get(), "rule 9.5: the innermost got a close request");
        assertNotSame(x, innerGot.get(), "rule 9.5: the innermost's close request is its own, not x");
        assertInstanceOf(CoroutineExit.class, log.lastGot("mid"), "rule 9.5: the middle delegator got a close request");
        assertNotSame(x, log.lastGot("mid"), "rule 9.5: the middle delegator's close request is its own, not x");
        assertSame(x, log.lastGot("top"), "rule 9.5: the top, which x was thrown into, gets x itself");
        assertEquals(List.of("sub finally", "mid got CoroutineExit", "mid finally", "top got CoroutineExit", "top finally"),
                log.entries(), "rule 9.5: closed innermost first");
        for (Coroutine<Object, Object> c : List.of(top, mid.get(), inner)) {
            assertEquals(State.CLOSED, c.state(), "rule 9.5: every coroutine of the chain");
        }
    }

    /**
     * Verifies rule 9.6 along a chain of delegations: when the innermost coroutine ignores its close request,
     * the IgnoredExitException is raised in its delegator, goes out through the chain and reaches the
     * caller of close(); the delegators end CLOSED, the innermost stays SUSPENDED. The same when the innermost
     * was called directly after the top formed the chain (CPython 3.13.0: {@code next(inner)} between
     * {@code next(top)} and {@code top.close()}: RuntimeError through both delegators). If this test fails, check
     * that an ignored close deep in a chain is a failure of that coroutine's close, not a yield to the caller,
     * also once a direct call has let the chain go.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_9_6_ignoredCloseDeepInAChainFailsTheChainsClose(BodyForm form) {
        for (boolean innermostCalledDirectly : new boolean[] {false, true}) {
            String where = innermostCalledDirectly ? " (the innermost called directly first)" : "";
            EffectLog log = new EffectLog();
            Coroutine<Object, Object> inner = create(sub(SubHandler.IGNORE_CLOSE, log, new AtomicReference<>()), form);
            AtomicReference<Coroutine<Object, Object>> mid = new AtomicReference<>();
            Coroutine<Object, Object> top = chainOver(inner, false, log, form, mid);
            top.next();
            if (innermostCalledDirectly) {
                assertEquals("s2 got null", Expect.returns("9.1", inner::next), "rule 9.1: the innermost called directly");
            }
            Expect.throwsExactly("9.6", IgnoredExitException.class, top::close);
            assertEquals(List.of("mid got IgnoredExitException", "mid finally", "top got IgnoredExitException", "top finally"),
                    log.entries(), "rule 9.6: the failure out through the chain" + where);
            assertEquals(State.CLOSED, top.state(), "rule 9.6: the outermost delegator" + where);
            assertEquals(State.CLOSED, mid.get().state(), "rule 9.6: the middle delegator" + where);
            assertEquals(State.SUSPENDED, inner.state(), "rule 9.6: the innermost, which ignored its close" + where);
            IllegalStateException end = new IllegalStateException("end it");
            Expect.throwsSame("9.6", end, () -> inner.throwInto(end)); // no thread left behind
        }
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
        EffectLog log = new EffectLog();
        Coroutine<Object, Object> inner = create(sub(SubHandler.NONE, log, new AtomicReference<>()), form);
        startAndDrop(create(delegator(() -> inner, log), form));
        Timeouts.awaitFinalization("10.1", () -> log.entries().contains("delegator finally"),
                () -> "the abandoned delegator's finalization; finally blocks run: " + log);
        assertEquals(List.of("delegator started", "sub finally", "delegator finally"), log.entries(),
                "rule 10.1: an abandoned delegator closes its sub-coroutine, then itself");
        assertEquals(State.CLOSED, inner.state(), "rule 10.1: the sub-coroutine of an abandoned delegator");

        // the delegator sees the close request once its sub closed (CPython 3.13.0: 'outer got GeneratorExit')
        EffectLog outerLog = new EffectLog();
        Coroutine<Object, Object> closesCleanly = create(sub(SubHandler.NONE, outerLog, new AtomicReference<>()), form);
        startAndDrop(create(passThrough(() -> closesCleanly, "outer", outerLog), form));
        Timeouts.awaitFinalization("10.1", () -> outerLog.entries().contains("outer finally"),
                () -> "the abandoned pass-through delegator's finalization; log: " + outerLog);
        assertEquals(List.of("sub finally", "outer got CoroutineExit", "outer finally"), outerLog.entries(),
                "rule 10.1: an abandoned delegator gets the close request after its sub closed");
        assertInstanceOf(CoroutineExit.class, outerLog.lastGot("outer"), "rule 10.1: what reached the abandoned delegator");
    }

    /**
     * Verifies rules 10.5 and 9.6 for an abandoned delegator whose sub-coroutine ignores the close request:
     * the sub's close fails with IgnoredExitException, which is raised in the delegator at its delegation;
     * the delegator does not handle it, so it goes to the unraisable handler, once (CPython 3.13.0: the
     * delegator sees {@code RuntimeError: generator ignored GeneratorExit}, which reaches
     * {@code sys.unraisablehook}). If this test fails, check that finalizing a delegator raises in it what
     * closing its sub raised, and reports what then comes out.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void optional_10_5_anAbandonedDelegatorWhoseSubIgnoresCloseReportsTheFailure(BodyForm form) {
        EffectLog log = new EffectLog();
        AtomicReference<Throwable> subSaw = new AtomicReference<>();
        try (UnraisableReports reports = new UnraisableReports()) {
            Coroutine<Object, Object> ignoring = create(sub(SubHandler.IGNORE_CLOSE, log, subSaw), form);
            startAndDrop(create(passThrough(() -> ignoring, "outer", log), form));
            Timeouts.awaitFinalization("10.5", () -> log.entries().contains("outer finally"),
                    () -> "the abandoned delegator's finalization; log: " + log + ", reports " + reports.all());
            Throwable got = log.lastGot("outer");
            assertInstanceOf(IgnoredExitException.class, got, "rule 9.6: what the abandoned delegator got from its sub's close");
            assertInstanceOf(CoroutineExit.class, subSaw.get(), "rule 9.6: the sub got a close request, and ignored it");
            assertEquals(List.of("outer got IgnoredExitException", "outer finally"),
                    log.entries().stream().filter(e -> e.startsWith("outer")).toList(), "rule 10.5: the delegator's ending");
            Timeouts.await("10.5", Timeouts.OPERATION, () -> reports.count(got) > 0,
                    () -> "the delegator's IgnoredExitException to reach the unraisable handler; reports " + reports.all());
            assertEquals(1, reports.count(got), () -> "rule 10.5: reports of it: " + reports.all());
        }
    }

    /**
     * Verifies rule 10.1 for a sub-coroutine that a delegation started: its delegator closed, and it ignored
     * that close (rule 9.6), so it is left SUSPENDED with no reference to it; it is finalized as any abandoned
     * coroutine, its finally run (CPython 3.13.0: the sub's {@code finally} runs once the delegator that
     * started it is gone). If this test fails, check that a sub started by a delegation, not by a call of its
     * own, registers for finalization too.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void optional_10_1_aSubStartedByADelegationIsFinalizedWhenAbandoned(BodyForm form) {
        EffectLog log = new EffectLog();
        closeOverAnIgnoringSubAndDrop(form, log);
        Timeouts.awaitFinalization("10.1", () -> log.entries().contains("sub finally"),
                () -> "the abandoned sub-coroutine's finalization; log: " + log);
        assertEquals(List.of("outer got IgnoredExitException", "outer finally", "sub finally"), log.entries(),
                "rule 10.1: the delegator ended by close(), then the abandoned sub by its finalization");
    }

    /** A delegator over a sub it starts, closed while the sub ignores that close; keeps no reference to either. */
    private void closeOverAnIgnoringSubAndDrop(BodyForm form, EffectLog log) {
        Coroutine<Object, Object> d = create(passThrough(
                () -> create(sub(SubHandler.IGNORE_CLOSE, log, new AtomicReference<>()), form), "outer", log), form);
        assertEquals("s1", d.next());
        assertInstanceOf(IgnoredExitException.class, Expect.thrown("9.6", d::close), "rule 9.6: the delegator's close()");
        assertEquals(State.CLOSED, d.state(), "rule 9.6: the delegator that did not handle its sub's failure");
    }

    /** Starts {@code c} into its delegation and keeps no reference to it. */
    private static void startAndDrop(Coroutine<Object, Object> c) {
        assertEquals("s1", c.next());
    }
}

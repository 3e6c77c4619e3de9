package org.corotck.tck;

import static org.corotck.tck.DelegationFixtures.passThrough;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;
import org.corotck.spec.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/**
 * SPEC.md rule 9.13, and rule 10.1 on the same chains: a chain of delegations {@link #delegationChainDepth()}
 * coroutines deep (10,000 by default) works as a short one does. CPython bounds such a chain by its recursion
 * limit only; the JVM has none, so what bounds it here is the stack of the thread that calls the chain's top.
 * A backend that spends a Java frame per level, going through each sub's public methods in turn, overflows it.
 */
public interface DeepChainRules extends TckContext {

    /**
     * The innermost coroutine of a deep chain: yields "innermost ready", then answers each send with
     * "innermost got X" and an IllegalArgumentException thrown in with "innermost caught M", until it is sent
     * "return", when it returns "innermost returned"; logs its finally.
     */
    private static Fixture<Object, Object> innermost(EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        Object sent = y.yield("innermost ready");
                        while (!"return".equals(sent)) {
                            try {
                                sent = y.yield("innermost got " + sent);
                            } catch (IllegalArgumentException e) {
                                sent = y.yield("innermost caught " + e.getMessage());
                            }
                        }
                        return "innermost returned";
                    } finally {
                        log.add("innermost finally");
                    }
                },
                () -> new YieldFirst<>("innermost ready") {
                    @Override
                    protected Step<Object, Object> next(Object sent) {
                        if ("return".equals(sent)) {
                            log.add("innermost finally");
                            return Step.done("innermost returned");
                        }
                        return Step.yield("innermost got " + sent);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (thrown instanceof IllegalArgumentException e) {
                            return Step.yield("innermost caught " + e.getMessage());
                        }
                        log.add("innermost finally");
                        return Step.raise(thrown);
                    }
                });
    }

    /**
     * Level {@code level} of a chain: a pass-through delegator ("level N") of level N-1, made only when level N
     * delegates, so that the chain is built by its first next(), each sub CREATED when its delegator delegates
     * to it; level 0 is the {@link #innermost}, kept in {@code innermost}.
     */
    private Coroutine<Object, Object> chainLevel(int level, EffectLog log, BodyForm form,
                                                AtomicReference<Coroutine<Object, Object>> innermost) {
        if (level == 0) {
            Coroutine<Object, Object> c = create(innermost(log), form);
            innermost.set(c);
            return c;
        }
        return create(passThrough(() -> chainLevel(level - 1, log, form, innermost), "level " + level, log), form);
    }

    /**
     * Runs {@code test} on a thread of the JVM's default stack size, as the threads users call coroutines from
     * have: the TCK's own worker has 512 MB (for rule 11.7's deep yields), which would let a chain that spends a
     * frame per level pass. Its failure is the test's.
     */
    private static void onADefaultStack(String rule, Runnable test) {
        FutureTask<Void> task = new FutureTask<>(test, null);
        Thread thread = TckThreads.own(new Thread(task, "corotck-tck-default-stack"));
        thread.setDaemon(true);
        thread.start();
        Duration bound = Timeouts.scaled(Duration.ofSeconds(150)); // within the test's own bound, 180 s
        try {
            task.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw Timeouts.expired(rule, "the chain's test did not finish within " + bound
                    + " (hang?)\n" + ThreadDumps.all(thread));
        } catch (ExecutionException e) {
            throw Expect.sneaky(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("rule " + rule + ": interrupted while the chain's test ran");
        }
    }

    /**
     * Runs {@code check}, one of {@link Expect}'s, on a deep chain: a StackOverflowError, thrown or the cause of
     * the check's failure, fails the rule saying what it means.
     */
    private static <T> T onTheChain(int depth, String what, Supplier<T> check) {
        try {
            return check.get();
        } catch (AssertionFailedError e) {
            if (e.getCause() instanceof StackOverflowError overflow) {
                throw overflowed(depth, what, overflow);
            }
            throw e;
        } catch (StackOverflowError e) {
            throw overflowed(depth, what, e);
        }
    }

    private static AssertionFailedError overflowed(int depth, String what, StackOverflowError e) {
        return new AssertionFailedError("rule 9.13: on a chain " + String.format(Locale.ROOT, "%,d", depth) + " coroutines deep, " + what + " overflowed the"
                + " stack of a thread of the default size: the backend spends a Java frame per level of delegation", e);
    }

    /**
     * The log a whole chain leaves when {@code exception} (a simple class name, or null for a return) comes
     * up from its innermost: "innermost finally", then for each level from 1 up "level N got E" (when an
     * exception came up) and "level N finally".
     */
    private static List<String> unwound(int depth, String exception) {
        List<String> log = new ArrayList<>(2 * depth + 1);
        log.add("innermost finally");
        for (int level = 1; level <= depth; level++) {
            if (exception != null) {
                log.add("level " + level + " got " + exception);
            }
            log.add("level " + level + " finally");
        }
        return log;
    }

    /** Compares two long logs, naming the first entry that differs rather than printing thousands. */
    private static void assertLog(String rule, List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionFailedError("rule " + rule + ": " + what + ": entry " + i + " of the log was <"
                        + actual.get(i) + ">, expected <" + expected.get(i) + ">");
            }
        }
        if (expected.size() != actual.size()) {
            throw new AssertionFailedError("rule " + rule + ": " + what + ": the log has " + actual.size()
                    + " entries, expected " + expected.size() + (actual.size() > expected.size()
                    ? "; the first extra one: <" + actual.get(expected.size()) + ">"
                    : "; the first missing one: <" + expected.get(actual.size()) + ">"));
        }
    }

    /**
     * Verifies rule 9.13 with sends: a chain {@link #delegationChainDepth()} deep, built by one next(), passes
     * sends to its innermost and what the innermost yields back (rule 9.1), an exception thrown in to the
     * innermost, which catches it (rule 9.2), takes a direct call on its innermost and sends through its top
     * after that (rule 9.1), and brings the innermost's return up through every level (rule 9.3), finally
     * blocks innermost first. If this test fails with a StackOverflowError, check that a call on a chain's top
     * reaches its innermost in a loop, not by calling each sub's public send in turn, and that a first next()
     * starts each CREATED sub the same way.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void required_9_13_aChainThousandsDeepPassesSendsAndItsInnermostsReturn(BodyForm form) {
        assumeForm(form);
        onADefaultStack("9.13", () -> sendsThroughADeepChain(form));
    }

    private void sendsThroughADeepChain(BodyForm form) {
        int depth = delegationChainDepth();
        EffectLog log = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> innermost = new AtomicReference<>();
        Coroutine<Object, Object> top = chainLevel(depth, log, form, innermost);

        assertEquals("innermost ready", onTheChain(depth, "the first next() of the top (which builds the chain)", () ->
                Expect.returns("9.13", top::next)), "rule 9.13: what the first next() of the chain's top returned");
        assertEquals(State.SUSPENDED, innermost.get().state(), "rule 9.13: the innermost, once the chain yielded");
        assertEquals("innermost got a", onTheChain(depth, "send(\"a\") through the top", () ->
                Expect.returns("9.13", () -> top.send("a"))), "rule 9.13: what a send through the chain returned");
        assertEquals("innermost caught thrown in", onTheChain(depth, "throwInto through the top", () ->
                Expect.returns("9.13", () -> top.throwInto(new IllegalArgumentException("thrown in")))),
                "rule 9.13: what an exception thrown in through the chain, and caught by the innermost, made it yield");
        Coroutine<Object, Object> bottom = innermost.get();
        assertEquals("innermost got direct", Expect.returns("9.13", () -> bottom.send("direct")),
                "rule 9.13: a direct send to the innermost of the chain (rule 9.1)");
        assertEquals("innermost got b", onTheChain(depth, "send(\"b\") through the top after a direct call", () ->
                Expect.returns("9.13", () -> top.send("b"))), "rule 9.13: what a send through the chain returned"
                + " after the innermost was called directly");
        assertEquals(List.of(), log.entries(), "rule 9.13: no finally block runs while the chain is suspended");

        assertEquals("innermost returned", onTheChain(depth, "the innermost's return", () ->
                Expect.exhausted("9.13", () -> top.send("return"))),
                "rule 9.13: the innermost's return value, passed up by every level, is the top's");
        assertEquals(State.CLOSED, top.state(), "rule 9.13: the top, after the chain returned");
        assertEquals(State.CLOSED, bottom.state(), "rule 9.13: the innermost, after it returned");
        assertLog("9.13", unwound(depth, null), log.entries(), "the finally blocks of a chain whose innermost returned");
    }

    /**
     * Verifies rule 9.13 with close() and with an exception the innermost does not catch: on a chain
     * {@link #delegationChainDepth()} deep, close() closes the innermost first and raises a close request in
     * every delegator on the way up (rule 9.4), and an exception thrown in comes back out of the top, the same
     * instance, having passed every level (rules 9.2, 9.7). If this test fails with a StackOverflowError, check
     * that closing or throwing into a chain walks it in a loop.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void required_9_13_aChainThousandsDeepClosesAndUnwindsInnermostFirst(BodyForm form) {
        assumeForm(form);
        onADefaultStack("9.13", () -> closeAndThrowIntoADeepChain(form));
    }

    private void closeAndThrowIntoADeepChain(BodyForm form) {
        int depth = delegationChainDepth();
        EffectLog closedLog = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> closedInnermost = new AtomicReference<>();
        Coroutine<Object, Object> closed = chainLevel(depth, closedLog, form, closedInnermost);
        onTheChain(depth, "the first next() of the top", () -> Expect.returns("9.13", closed::next));
        assertEquals(null, onTheChain(depth, "close() of the top", () -> Expect.returns("9.13", closed::close)),
                "rule 9.13: what close() of the chain's top returned");
        assertEquals(State.CLOSED, closed.state(), "rule 9.13: the top, after close()");
        assertEquals(State.CLOSED, closedInnermost.get().state(), "rule 9.13: the innermost, after close() of the top");
        assertLog("9.13", unwound(depth, "CoroutineExit"), closedLog.entries(), "the finally blocks of a closed chain");

        EffectLog thrownLog = new EffectLog();
        AtomicReference<Coroutine<Object, Object>> thrownInnermost = new AtomicReference<>();
        Coroutine<Object, Object> thrown = chainLevel(depth, thrownLog, form, thrownInnermost);
        onTheChain(depth, "the first next() of the top", () -> Expect.returns("9.13", thrown::next));
        IllegalStateException failure = new IllegalStateException("thrown in, caught by no level");
        Throwable out = Expect.thrown("9.13", () -> thrown.throwInto(failure));
        if (out instanceof StackOverflowError overflow) {
            throw overflowed(depth, "throwInto(e) of the top", overflow);
        }
        assertSame(failure, out, "rule 9.13: what came out of the top, an exception thrown in that no level caught");
        assertEquals(State.CLOSED, thrown.state(), "rule 9.13: the top, after the exception came out of it");
        assertEquals(State.CLOSED, thrownInnermost.get().state(), "rule 9.13: the innermost, after it raised");
        assertLog("9.13", unwound(depth, "IllegalStateException"), thrownLog.entries(),
                "the finally blocks of a chain an exception came up through");
    }

    /**
     * Verifies rule 10.1 on a chain {@link #delegationChainDepth()} deep: abandoned while suspended, it is
     * finalized, every finally block of it running once. In what order the JVM finds its members unreachable
     * is its own affair, so the test counts them. If this test fails with a StackOverflowError in the
     * unraisable handler's reports, check that finalizing a delegator closes its sub in a loop, not by a
     * nested close() per level, on the thread that finalizes.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 180)
    default void optional_10_1_anAbandonedChainThousandsDeepIsFinalized(BodyForm form) {
        int depth = delegationChainDepth();
        EffectLog log = new EffectLog();
        try (UnraisableReports reports = new UnraisableReports()) {
            assumeForm(form);
            onADefaultStack("10.1", () -> startAndAbandon(chainLevel(depth, log, form, new AtomicReference<>()), depth));
            Timeouts.awaitFinalization("10.1", () -> finallies(log).size() >= depth + 1, () -> finallies(log).size() + " of the "
                    + (depth + 1) + " finally blocks of an abandoned chain to run; unraisable reports: " + reports.all());
            List<String> ran = finallies(log);
            assertEquals(depth + 1, ran.stream().distinct().count(), "rule 10.1: the finally blocks of an abandoned chain that ran");
            assertEquals(depth + 1, ran.size(), "rule 10.1: the finally blocks of an abandoned chain, each once");
            // other tests' abandoned coroutines may report meanwhile; an overflow is this chain's
            assertEquals(List.of(), reports.all().stream().filter(r -> r instanceof StackOverflowError).toList(),
                    "rule 10.1: finalizing a chain overflowed the stack");
        }
    }

    /** The finally blocks the log shows, in the order they ran. */
    private static List<String> finallies(EffectLog log) {
        return log.entries().stream().filter(e -> e.endsWith(" finally")).toList();
    }

    /** Starts the chain and lets it go: no local of the test keeps it. */
    private static void startAndAbandon(Coroutine<Object, Object> top, int depth) {
        assertEquals("innermost ready", onTheChain(depth, "the first next() of the top", () -> Expect.returns("10.1", top::next)));
    }
}

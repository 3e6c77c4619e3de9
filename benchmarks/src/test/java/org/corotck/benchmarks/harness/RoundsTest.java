package org.corotck.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The round runner's time budget (whole rounds, never fewer than a 95% interval needs, none past the budget),
 * and its bad arguments: one line and exit 2 before any fork starts.
 */
class RoundsTest {
    static Rounds parsed(String... args) {
        Rounds rounds = new Rounds();
        new CommandLine(rounds).parseArgs(args);
        return rounds;
    }

    @Test
    void withoutABudgetEveryRoundRuns() {
        Rounds r = parsed("-o", "out.json");
        assertTrue(r.roundFits(11, 1e6, 1e6));
    }

    @Test
    void theFirstSixRoundsRunWhateverTheBudget() {
        Rounds r = parsed("-o", "out.json", "--budget", "10");
        for (int round = 0; round < Rounds.MIN_ROUNDS; round++) {
            assertTrue(r.roundFits(round, 500, 50), "round " + round);
        }
        assertFalse(r.roundFits(Rounds.MIN_ROUNDS, 500, 50));
    }

    @Test
    void aRoundStartsOnlyIfOneAsLongAsTheLongestSoFarEndsWithinTheBudget() {
        Rounds r = parsed("-o", "out.json", "--budget", "470");
        assertTrue(r.roundFits(8, 420, 50), "420 + 50 s ends at the budget");
        assertFalse(r.roundFits(9, 435, 50), "435 + 50 s would end 15 s after it");
    }

    /** Precision rounds need a time limit and rounds past the first six; --rounds is then the most, not the start. */
    @Test
    void aPrecisionSpendsATimeLimitAndRoundsAskedForAreTheMost() {
        Rounds timed = parsed("-o", "out.json", "--budget", "600");
        assertTrue(timed.measuresToPrecision(0.05, 12));
        assertEquals(48, timed.mostRounds(true, 12), "the profile's 12 may grow to 48");
        assertFalse(timed.measuresToPrecision(0, 12), "--precision 0 is off");
        assertFalse(timed.measuresToPrecision(0.05, 6), "six rounds leave nothing to spend");
        assertFalse(parsed("-o", "out.json").measuresToPrecision(0.05, 12), "no budget: the rounds asked are what runs");
        Rounds asked = parsed("-o", "out.json", "--budget", "600", "--rounds", "24");
        assertEquals(24, asked.mostRounds(asked.measuresToPrecision(0.05, 24), 24), "--rounds 24 is the most");
        assertEquals(12, parsed("-o", "out.json").mostRounds(false, 12));
    }

    @Test
    void onlyKeepsTheBaselinesOfWhatItSelects() {
        Member raw = new Member("Baselines.rawContinuation", java.util.Map.of(), "CONTINUATION", null);
        Member send = new Member("CoroutineBench.send", java.util.Map.of("backend", "continuation", "form", "machine"),
                "CONTINUATION", "Baselines.rawContinuation");
        Member depth = new Member("CoroutineBench.delegationDepth10", java.util.Map.of("backend", "continuation", "form", "machine"),
                "CONTINUATION", null);
        Member call = new Member("Baselines.handWrittenCall", java.util.Map.of(), "CALL", null);
        List<Member> all = List.of(call, raw, send, depth);
        assertEquals(List.of(raw, send), Rounds.selected(all, java.util.regex.Pattern.compile("send")));
        assertEquals(List.of(depth), Rounds.selected(all, java.util.regex.Pattern.compile("Depth10")));
        assertEquals(all, Rounds.selected(all, null));
    }

    @Test
    void aBadArgumentIsOneLineAndExitTwoBeforeAnyFork(@TempDir Path dir) {
        Path out = dir.resolve("out.json");
        for (List<String> args : List.of(List.of("--profile", "bogus"), List.of("--backends", "nope"), List.of("--only", "("), List.of("--precision", "1.5"),
                List.of("--arm", "a/b"), List.of("--arm", "b=notAnOption"), List.of("--arm", "b=-Dcorotck.bench.slowdown=x"),
                List.of("--arm", "b=-Dcorotck.bench.slowdown=state-machine:0.0"),
                List.of("--arm", "a", "--arm", "a"))) {
            PrintStream err = System.err;
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code;
            try {
                List<String> all = new java.util.ArrayList<>(args);
                all.addAll(List.of("-o", out.toString()));
                code = new CommandLine(new Rounds()).execute(all.toArray(String[]::new));
            } finally {
                System.setErr(err);
            }
            String text = e.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, args + ": " + text);
            assertEquals(1, text.strip().lines().count(), args + ": one line: " + text);
            assertTrue(text.startsWith("rounds: " + args.get(0)), args + ": " + text);
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    /** A backend that cannot start in the runner's JVM (continuation without its --add-exports) is named, not a stack trace. */
    @Test
    void aBackendThatCannotStartHereIsABadArgumentNamingIt() {
        Backend needsAFlag = new Backend() {
            @Override public String name() { return "needs-a-flag"; }
            @Override public Set<Capability> capabilities() { return Set.of(); }
            @Override public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> m) {
                throw new IllegalStateException("the coroutine backend 'needs-a-flag' needs the JVM flag --add-exports x");
            }
            @Override public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
                throw new IllegalStateException("the coroutine backend 'needs-a-flag' needs the JVM flag --add-exports x");
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rounds.mechanisms(List.of(needsAFlag)));
        assertTrue(e.getMessage().startsWith("backend needs-a-flag cannot run in this JVM: "), e.getMessage());
        assertTrue(e.getMessage().contains("--add-exports x"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anArmsFileIsTheRunsWithItsNameBeforeTheExtension() {
        Arm b = Arm.parse("b=-Dcorotck.bench.slowdown=continuation:0.15 -Xmn64m", Path.of("/tmp/x/selftest.json"));
        assertEquals("b", b.name());
        assertEquals(Path.of("/tmp/x/selftest-b.json"), b.out());
        assertEquals(List.of("-Dcorotck.bench.slowdown=continuation:0.15", "-Xmn64m"), b.jvmArgs());
        assertEquals("continuation:0.15", b.slowdown());
        Arm a = Arm.parse("a1", Path.of("run.json"));
        assertEquals(List.of(), a.jvmArgs());
        assertEquals("", a.slowdown());
        assertEquals(Path.of("run-a1.json"), a.out());
        assertFalse(b.placebo());
        Arm placebo = Arm.parse("a1=-Dcorotck.bench.slowdown=------------:0.15", Path.of("s.json"));
        assertTrue(placebo.placebo(), "a slowdown naming no backend but dashes slows nothing");
        assertEquals("------------:0.15", placebo.slowdown());
    }

    /**
     * Every member runs once per arm in a round, its arms back to back (measured in one state of the machine),
     * and no arm always first: over the rounds each arm leads some member.
     */
    @Test
    void aRoundRunsEachMemberUnderEveryArmBackToBack() {
        List<Member> members = Suite.members(Profile.QUICK, java.util.Map.of());
        List<Arm> arms = Arm.parseAll(List.of("a1", "a2", "b=-Xmn64m"), Path.of("s.json"));
        java.util.Set<String> leaders = new java.util.HashSet<>();
        for (int round = 0; round < 6; round++) {
            List<Rounds.Job> jobs = Rounds.shuffled(members, Profile.QUICK, arms, new java.util.Random(round));
            assertEquals(members.size() * arms.size(), jobs.size());
            for (int i = 0; i < jobs.size(); i += arms.size()) {
                Member m = jobs.get(i).unit().only();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int j = 0; j < arms.size(); j++) {
                    assertEquals(m, jobs.get(i + j).unit().only(), "the arms of " + m.key() + " back to back");
                    seen.add(jobs.get(i + j).arm().name());
                }
                assertEquals(3, seen.size(), m.key() + " under each arm once");
                leaders.add(jobs.get(i).arm().name());
            }
        }
        assertEquals(java.util.Set.of("a1", "a2", "b"), leaders, "each arm runs first for some member");
    }

    /** Every fork's command line gets a padding of its own: random, up to 511 letters, reproducible from the seed. */
    @Test
    void eachForkGetsARandomLayoutPadding() {
        java.util.Random random = new java.util.Random(1);
        java.util.Set<Integer> lengths = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = Rounds.layoutPadding(random);
            assertTrue(p.matches("-Dcorotck\\.bench\\.layout=[a-z]{0,511}"), p);
            lengths.add(p.length());
        }
        assertTrue(lengths.size() > 100, "lengths vary: " + lengths.size() + " distinct");
        assertEquals(Rounds.layoutPadding(new java.util.Random(7)), Rounds.layoutPadding(new java.util.Random(7)));
    }
}

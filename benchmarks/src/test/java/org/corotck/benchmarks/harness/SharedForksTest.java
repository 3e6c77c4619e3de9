package org.corotck.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * A thread-handoff group's members take turns in shared forks (InterleavedBench), the other groups' members run
 * in forks of their own, and a shared fork's iterations are split back into each member's turns.
 */
class SharedForksTest {
    static Map<Backend, Mechanism> backends() {
        Map<Backend, Mechanism> m = new LinkedHashMap<>();
        m.put(Backends.byName("threads"), Mechanism.PLATFORM_THREAD);
        m.put(Backends.byName("state-machine"), Mechanism.CALL);
        return m;
    }

    @Test
    void aHandoffGroupTakesTurnsInItsSharedForksEachInAnOrderOfItsOwn() {
        List<Member> members = Suite.members(Profile.DEFAULT, backends());
        List<Member> handoff = members.stream().filter(m -> m.group().equals("PLATFORM_THREAD")).toList();
        assertEquals(5, handoff.size(), "the raw ping-pong, send and depth 10 in both forms: " + handoff);
        Set<List<Member>> orders = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            List<Unit> units = Rounds.units(members, Profile.DEFAULT, new Random(round));
            List<Unit> shared = units.stream().filter(Unit::interleaved).toList();
            assertEquals(Profile.DEFAULT.sharedForks, shared.size(), units.toString());
            for (Unit u : shared) {
                assertEquals("PLATFORM_THREAD", u.group());
                assertEquals(Set.copyOf(handoff), Set.copyOf(u.members()), "every member takes a turn in every shared fork");
                orders.add(u.members());
            }
            List<Member> alone = units.stream().filter(u -> !u.interleaved()).map(Unit::only).toList();
            assertTrue(alone.stream().noneMatch(handoff::contains), "no handoff member also runs alone");
            assertEquals(members.size() - handoff.size(), alone.size(), "every other member in a fork of its own");
            int[] at = java.util.stream.IntStream.range(0, units.size())
                    .filter(i -> units.get(i).group().equals("PLATFORM_THREAD")).toArray();
            assertEquals(at.length - 1, at[at.length - 1] - at[0], "a group's units run back to back: " + units);
        }
        assertTrue(orders.size() > 4, "turn orders are shuffled per fork: " + orders.size() + " distinct of 8");
    }

    @Test
    void aMemberAloneTakesNoTurns() {
        List<Member> members = Suite.members(Profile.DEFAULT, backends()).stream()
                .filter(m -> m.key().startsWith("CoroutineBench.send backend=threads form=machine")).toList();
        List<Unit> units = Rounds.units(members, Profile.DEFAULT, new Random(1));
        assertEquals(1, units.size());
        assertFalse(units.get(0).interleaved());
    }

    /**
     * One real shared fork, in this JVM: a handoff (0.2-1.5 µs) and a state-machine send (about 10 ns once compiled;
     * the warm-up gives it 200 ms) taking turns. Split back, every iteration of the first is the handoff's and every one of the second the send's, which
     * would not hold if the turns or the split were off by one.
     */
    @Test
    void aSharedForkSplitsBackIntoEachMembersTurns() throws Exception {
        Member handoff = new Member("Baselines.parkUnparkPlatformCaller", Map.of("partner", "platform", "wait", "spin"),
                "PLATFORM_THREAD", null);
        Member send = new Member("CoroutineBench.send", Map.of("backend", "state-machine", "form", "machine"),
                "PLATFORM_THREAD", null);
        Unit u = new Unit(List.of(handoff, send), "PLATFORM_THREAD");
        OptionsBuilder o = new OptionsBuilder();
        o.include("^" + java.util.regex.Pattern.quote(u.fullName()) + "$").forks(0)
                .warmupIterations(2 * 4).warmupTime(TimeValue.milliseconds(50))
                .measurementIterations(2 * 4).measurementTime(TimeValue.milliseconds(20))
                .verbosity(VerboseMode.SILENT);
        u.params().forEach(o::param);
        RunResult run = new Runner(o.build()).runSingle();
        List<BenchmarkResult> forks = List.copyOf(run.getBenchmarkResults());
        assertEquals(1, forks.size());
        List<BenchmarkResult> parts = u.split(forks.get(0));
        assertEquals(2, parts.size());
        assertEquals(4, parts.get(0).getIterationResults().size());
        assertEquals(4, parts.get(1).getIterationResults().size());
        // medians, so that one turn the machine stalled does not decide it; turns off by one would swap them
        double handoffTurns = median(parts.get(0));
        double sendTurns = median(parts.get(1));
        assertTrue(handoffTurns > 2 * sendTurns, "handoff turns " + handoffTurns + " ns, send turns " + sendTurns + " (medians)");
    }

    static double median(BenchmarkResult part) {
        double[] xs = part.getIterationResults().stream().mapToDouble(i -> i.getPrimaryResult().getScore()).sorted().toArray();
        return (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
    }
}

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
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.ResultRole;
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
     * One real shared fork, in this JVM and sampled as the round runner runs it, split back: each member gets every
     * k-th turn in order (checked on the turns renumbered by their position, so that no timing decides it), and a
     * sampled turn is kept as the median of its own samples.
     */
    @Test
    void aSharedForkSplitsBackIntoEachMembersTurns() throws Exception {
        Member handoff = new Member("Baselines.parkUnparkPlatformCaller", Map.of("partner", "platform", "wait", "spin"),
                "PLATFORM_THREAD", null);
        Member send = new Member("CoroutineBench.send", Map.of("backend", "state-machine", "form", "machine"),
                "PLATFORM_THREAD", null);
        Unit u = new Unit(List.of(handoff, send), "PLATFORM_THREAD");
        OptionsBuilder o = new OptionsBuilder();
        o.include("^" + java.util.regex.Pattern.quote(u.fullName()) + "$").forks(0).mode(Mode.SampleTime)
                .warmupIterations(2).warmupTime(TimeValue.milliseconds(20))
                .measurementIterations(2 * 4).measurementTime(TimeValue.milliseconds(20))
                .verbosity(VerboseMode.SILENT);
        u.params().forEach(o::param);
        BenchmarkResult fork = List.copyOf(new Runner(o.build()).runSingle().getBenchmarkResults()).get(0);
        List<IterationResult> turns = List.copyOf(fork.getIterationResults());
        assertEquals(8, turns.size());

        List<BenchmarkResult> parts = u.split(fork);
        for (int i = 0; i < 2; i++) {
            List<IterationResult> mine = List.copyOf(parts.get(i).getIterationResults());
            assertEquals(4, mine.size());
            for (int c = 0; c < 4; c++) {
                assertEquals(turns.get(2 * c + i).getPrimaryResult().getStatistics().getPercentile(50),
                        mine.get(c).getPrimaryResult().getScore(), 1e-6, "member " + i + ", turn " + c + ": its median");
            }
        }

        List<IterationResult> numbered = new ArrayList<>();
        for (int j = 0; j < turns.size(); j++) {
            IterationResult t = turns.get(j);
            IterationResult n = new IterationResult(t.getBenchmarkParams(), t.getParams(), t.getMetadata());
            n.addResult(new AverageTimeResult(ResultRole.PRIMARY, "turn", 1, j, TimeUnit.NANOSECONDS));
            numbered.add(n);
        }
        // the turns renumbered 0..7 (each its own median): member i must get turns i, i+2, i+4, i+6
        List<BenchmarkResult> byPosition = u.split(new BenchmarkResult(fork.getParams(), numbered));
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0), scores(byPosition.get(0)));
        assertEquals(List.of(1.0, 3.0, 5.0, 7.0), scores(byPosition.get(1)));
    }

    static List<Double> scores(BenchmarkResult part) {
        return part.getIterationResults().stream().map(i -> i.getPrimaryResult().getScore()).toList();
    }
}

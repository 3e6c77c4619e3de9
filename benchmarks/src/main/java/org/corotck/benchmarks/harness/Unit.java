package org.corotck.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corotck.benchmarks.InterleavedBench;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ResultRole;

/**
 * What one JVM fork runs: one member, or several members of one group taking turns iteration by iteration
 * ({@link InterleavedBench}), in the order listed, which the round runner shuffles anew for every fork.
 */
record Unit(List<Member> members, String group) {
    Unit {
        members = List.copyOf(members);
    }

    static Unit of(Member m) {
        return new Unit(List.of(m), m.group());
    }

    boolean interleaved() {
        return members.size() > 1;
    }

    Member only() {
        if (interleaved()) {
            throw new IllegalStateException(members.size() + " members take turns in this fork");
        }
        return members.get(0);
    }

    /** What failures are counted by: the member, or the group's shared fork whatever its turn order. */
    String key() {
        return interleaved() ? "InterleavedBench.turn group=" + group : only().key();
    }

    /** The benchmark's full name and params, as JMH is asked to run them. */
    String fullName() {
        return interleaved() ? Member.PACKAGE + "InterleavedBench.turn" : only().fullName();
    }

    Map<String, String> params() {
        if (!interleaved()) {
            return only().params();
        }
        return Map.of("members", String.join(InterleavedBench.SEPARATOR, members.stream().map(Member::key).toList()));
    }

    /** Whether a member of a group that takes turns can take them ({@link InterleavedBench#supports}). */
    static boolean canTakeTurns(Member m) {
        return Mechanism.takesTurns(m.group()) && InterleavedBench.supports(m.benchmark(), m.params());
    }

    /**
     * One fork of this unit as one result per member: measured iteration {@code j} was member {@code j mod k}'s
     * turn, as the fork's warm-up is a whole number of turns of every member. Each part keeps its iterations in
     * the order they ran, so that the reports pair the {@code c}-th turn of two members of the fork. A sampled
     * turn keeps the median of its samples, not the samples ({@link #median}).
     */
    List<BenchmarkResult> split(BenchmarkResult fork) {
        int k = members.size();
        List<List<IterationResult>> turns = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            turns.add(new ArrayList<>());
        }
        int j = 0;
        for (IterationResult it : fork.getIterationResults()) {
            turns.get(j++ % k).add(fork.getParams().getMode() == Mode.SampleTime ? median(it) : it);
        }
        return turns.stream().map(t -> new BenchmarkResult(fork.getParams(), t)).toList();
    }

    /**
     * A sampled turn as the median of its samples, its secondary results (the allocation per operation) kept.
     * A turn's thousands of samples are what a report needs one number of, and JMH's JSON writer printed every
     * sample of every fork so far each time the round runner rewrote its file: 6 s a round by the tenth.
     */
    static IterationResult median(IterationResult turn) {
        Result<?> sampled = turn.getPrimaryResult();
        TimeUnit unit = turn.getBenchmarkParams().getTimeUnit();
        long operations = 1_000; // so that a median of 921.5 ns keeps its half
        long nanos = Math.round(sampled.getStatistics().getPercentile(50) * unit.toNanos(1) * operations);
        IterationResult out = new IterationResult(turn.getBenchmarkParams(), turn.getParams(), turn.getMetadata());
        out.addResult(new AverageTimeResult(ResultRole.PRIMARY, sampled.getLabel(), operations, nanos, unit));
        out.addResults(turn.getSecondaryResults().values());
        return out;
    }
}

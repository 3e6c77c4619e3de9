package org.corotck.analysis;

import java.util.Map;
import java.util.Optional;

/**
 * One benchmark with one set of params in one run: its score per fork, and the round each fork ran in.
 *
 * @param benchmark the JMH name, {@code org.corotck.benchmarks.CoroutineBench.send}
 * @param params the JMH params, in the order JMH wrote them
 * @param mode JMH's mode: {@code avgt}, {@code sample}, {@code thrpt} or {@code ss}
 * @param forkScores each fork's score: the median of its measurement iterations (of its samples for sample mode)
 * @param rounds the round of each fork (its index when the file was not written by the round runner)
 * @param alloc bytes allocated per operation ({@code gc.alloc.rate.norm}) when the run used {@code -prof gc}
 * @param group the group the round runner ran this series in, close in time to its reference; may be empty
 * @param reference the key of the raw mechanism this series is measured against, if any
 * @param iterations each fork's measured iterations in the order they ran (empty arrays where the file has none)
 * @param sharedFork the group whose shared forks this series took turns in (the round runner's
 *        {@code InterleavedBench}), or empty: then fork {@code i} of every series of that group is one JVM, and
 *        iteration {@code c} of each ran in the same turn
 */
public record Series(String benchmark, Map<String, String> params, String mode, String unit, double[] forkScores,
        int[] rounds, Optional<Double> alloc, String group, Optional<String> reference, double[][] iterations,
        String sharedFork) {

    /** A series whose forks each ran one benchmark alone. */
    public Series(String benchmark, Map<String, String> params, String mode, String unit, double[] forkScores,
            int[] rounds, Optional<Double> alloc, String group, Optional<String> reference) {
        this(benchmark, params, mode, unit, forkScores, rounds, alloc, group, reference, new double[forkScores.length][0], "");
    }

    /**
     * Whether this series and {@code other} took turns in the same forks: the same shared group, and fork for fork
     * the same rounds (so that fork {@code i} of each is one JVM).
     */
    public boolean sharesForksWith(Series other) {
        return !sharedFork.isEmpty() && sharedFork.equals(other.sharedFork)
                && java.util.Arrays.equals(rounds, other.rounds);
    }

    /** {@code Class.method}. */
    public String shortName() {
        return shortName(benchmark);
    }

    public static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
    }

    /** Benchmark and params: what two runs are matched by, and how a reference names its series. */
    public String key() {
        return key(shortName(), params);
    }

    public static String key(String shortName, Map<String, String> params) {
        StringBuilder b = new StringBuilder(shortName);
        params.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** Lower is better for time per operation, higher for throughput. */
    public boolean lowerIsBetter() {
        return !mode.equals("thrpt");
    }

    public int forks() {
        return forkScores.length;
    }

    /** The score of the fork that ran in {@code round} (the median of them, if several did), or NaN. */
    public double inRound(int round) {
        double[] in = java.util.stream.IntStream.range(0, rounds.length).filter(i -> rounds[i] == round)
                .mapToDouble(i -> forkScores[i]).toArray();
        return in.length == 0 ? Double.NaN : org.corotck.analysis.stats.OrderStatistics.median(in);
    }
}

package org.corotck.reports.bench;

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
 */
public record Series(String benchmark, Map<String, String> params, String mode, String unit, double[] forkScores,
        int[] rounds, Optional<Double> alloc, String group, Optional<String> reference) {

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

    /** The score of the fork that ran in {@code round}, or NaN. */
    public double inRound(int round) {
        for (int i = 0; i < rounds.length; i++) {
            if (rounds[i] == round) {
                return forkScores[i];
            }
        }
        return Double.NaN;
    }
}

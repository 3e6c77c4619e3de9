package org.corotck.benchmarks.harness;

/**
 * How much the round runner measures: how many rounds, how long each fork warms up and measures, and which
 * members run (the headline set, or everything). The variance on a shared 2-core machine lives between forks,
 * so the profiles buy rounds (forks), not long iterations: each fork is short, and there are many. A fork's
 * score is the median of its measurement iterations (reports' Run), so they are several short ones: a burst of
 * the machine's noise (steal time of 5-18% was seen here) then spoils one iteration, not the fork.
 */
public enum Profile {
    /** A smoke test: every headline member runs, too few times for intervals; its files say "not for comparison". */
    QUICK(3, 2, 2, 100, 3, 100, false),
    /**
     * The headline set in as many rounds as the 15-minute main job holds. Each report says how tight each ratio
     * came out and how many rounds ±5% would need; on the shared 2-core reference machine 2 of 18 were within ±5%.
     * Twelve: the 95% interval of a median of 9, 10 or 11 values is the 2nd value from each end, of 12 the 3rd,
     * about a fifth narrower; 13 and 14 still take the 3rd. Twelve fit because main-job's default TCK step
     * leaves out the TCK's own self-test (half the step); with it, nine or ten did.
     */
    DEFAULT(12, 3, 8, 200, 5, 100, false),
    /** Everything: the headline set plus create/throw/depth-1, sampled latency, many live coroutines, the taxis. */
    FULL(12, 3, 8, 200, 5, 100, true);

    public final int rounds;
    public final int warmupIterations;
    /** The warm-up of a group that is slow to reach its steady state ({@link Mechanism#slowToWarm}). */
    public final int slowWarmupIterations;
    public final int warmupMillis;
    public final int measurementIterations;
    public final int measurementMillis;
    public final boolean everything;

    Profile(int rounds, int warmupIterations, int slowWarmupIterations, int warmupMillis, int measurementIterations,
            int measurementMillis, boolean everything) {
        this.rounds = rounds;
        this.warmupIterations = warmupIterations;
        this.slowWarmupIterations = slowWarmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.everything = everything;
    }

    /** Warm-up iterations for a fork of a member of {@code group}. */
    public int warmupIterations(String group) {
        return Mechanism.slowToWarm(group) ? slowWarmupIterations : warmupIterations;
    }

    /** About how long one fork of a member of {@code group} takes, JVM start included. */
    public double forkSeconds(String group) {
        return 0.6 + (warmupIterations(group) * warmupMillis + measurementIterations * measurementMillis) / 1000.0;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

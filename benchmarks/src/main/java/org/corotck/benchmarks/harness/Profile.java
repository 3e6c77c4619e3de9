package org.corotck.benchmarks.harness;

import org.corotck.analysis.HeadlineRatio;

/**
 * How much the round runner measures: how many rounds, how long each fork warms up and measures, and which
 * members run (the headline set, or everything). The variance on a shared 2-core machine lives between forks,
 * so the profiles buy rounds (forks), not long iterations: each fork is short, and there are many. A fork's
 * score is the median of its measurement iterations (analysis' Run), so they are several short ones: a burst of
 * the machine's noise (steal time of 5-18% was seen here) then spoils one iteration, not the fork.
 */
public enum Profile {
    /** A smoke test: every headline member runs, too few times for intervals; its files say "not for comparison". */
    QUICK(3, 2, 2, 100, 3, 100, false, 1, 4, 4, 50, 0),
    /**
     * The headline set in as many rounds as the 15-minute main job holds. Each report says how tight each ratio
     * came out and how many samples ±5% would need (reports/reference/README.md has the runs).
     * Twelve: the 95% interval of a median of 9, 10 or 11 values is the 2nd value from each end, of 12 the 3rd,
     * about a fifth narrower; 13 and 14 still take the 3rd. Twelve fit because main-job's default TCK step
     * leaves out the TCK's own self-test (half the step); with it, nine or ten did. Under a time limit, after round 6
     * only the members of ratios still wider than ±5% run (those in no ratio to round 12), for up to four times the
     * rounds ({@link Precision}).
     */
    DEFAULT(12, 3, 8, 200, 5, 100, false, 2, 6, 6, 50, HeadlineRatio.TIGHT),
    /** Everything: the headline set plus create/throw/depth-1, sampled latency, many live coroutines, the taxis. */
    FULL(12, 3, 8, 200, 5, 100, true, 2, 6, 6, 50, 0);

    public final int rounds;
    public final int warmupIterations;
    /** The warm-up of a group that is slow to reach its steady state ({@link Mechanism#slowToWarm}). */
    public final int slowWarmupIterations;
    public final int warmupMillis;
    public final int measurementIterations;
    public final int measurementMillis;
    public final boolean everything;
    /**
     * Forks per round of a group whose members take turns in one fork ({@link Mechanism#takesTurns}). Such a
     * fork's ratios spread with the fork itself (where its objects landed, what its JIT did: 7-13% from fork to fork
     * for a handoff here, whether a fork had 4 turns or 8), which only more forks average out. Two forks of five members with 6 warm-up and 6 measured turns of 50 ms (4 s
     * each here) take the time five separate forks took; with 2 warm-up turns the ratios still fell turn by turn
     * (1.37x to 1.16x over the 4 measured turns of one run), and with 300 ms a member they had settled.
     */
    public final int sharedForks;
    /** Warm-up turns of each member in such a fork. */
    public final int sharedWarmupTurns;
    /** Measured turns of each member in such a fork. */
    public final int sharedTurns;
    /** How long a turn lasts. */
    public final int sharedTurnMillis;
    /**
     * Under a time limit, how tight a ratio must be before its members stop taking rounds ({@link Precision}); 0:
     * every member every round. The full profile keeps its rounds whole: most of its members are in no headline
     * ratio, and its runs are read member by member.
     */
    public final double precision;

    Profile(int rounds, int warmupIterations, int slowWarmupIterations, int warmupMillis, int measurementIterations,
            int measurementMillis, boolean everything, int sharedForks, int sharedWarmupTurns, int sharedTurns,
            int sharedTurnMillis, double precision) {
        this.rounds = rounds;
        this.warmupIterations = warmupIterations;
        this.slowWarmupIterations = slowWarmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.everything = everything;
        this.sharedForks = sharedForks;
        this.sharedWarmupTurns = sharedWarmupTurns;
        this.sharedTurns = sharedTurns;
        this.sharedTurnMillis = sharedTurnMillis;
        this.precision = precision;
    }

    /** About how long one fork of {@code members} members taking turns takes, JVM start included. */
    public double sharedForkSeconds(int members) {
        return 0.6 + members * (sharedWarmupTurns + sharedTurns) * sharedTurnMillis / 1000.0;
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

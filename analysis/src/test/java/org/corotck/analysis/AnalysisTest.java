package org.corotck.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ratio within each mode, on rounds whose machine state is known; the ratio of series that shared forks. */
class AnalysisTest {
    static Series series(String name, double[] scores) {
        int[] rounds = new int[scores.length];
        for (int i = 0; i < rounds.length; i++) {
            rounds[i] = i;
        }
        return new Series("org.corotck.benchmarks.X." + name, Map.of(), "avgt", "ns/op", scores, rounds, Optional.empty(),
                "G", Optional.empty());
    }

    @Test
    void eachModeGetsTheRatioOfItsOwnRoundsAndAMixedRoundIsLeftOut() {
        Random random = new Random(5);
        int rounds = 20;
        double[] raw = new double[rounds];
        double[] send = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            boolean fast = i % 3 == 0; // 7 fast rounds, 13 slow: the machine's state, shared by both forks
            raw[i] = (fast ? 200 : 1200) * (1 + 0.01 * random.nextGaussian());
            send[i] = raw[i] * (fast ? 2.0 : 1.05) * (1 + 0.01 * random.nextGaussian());
        }
        send[1] = 400; // round 1: the send in the fast mode, its raw in the slow one
        List<Analysis.ModeRatio> byMode = Analysis.ratioByMode(series("send", send), series("raw", raw));
        assertEquals(2, byMode.size(), byMode.toString());
        Analysis.ModeRatio fast = byMode.get(0);
        Analysis.ModeRatio slow = byMode.get(1);
        assertEquals(7, fast.rounds(), "the mixed round is not a fast-mode round: " + fast);
        assertEquals(12, slow.rounds(), slow.toString());
        assertEquals(2.0, fast.ratio().value(), 0.05);
        assertEquals(1.05, slow.ratio().value(), 0.03);
        assertTrue(fast.ratio().relativeHalfWidth() < 0.05 && slow.ratio().relativeHalfWidth() < 0.05,
                "within a mode the ratio is tight: " + byMode);
        double pooled = Analysis.ratio(series("send", send), series("raw", raw)).orElseThrow().relativeHalfWidth();
        assertTrue(pooled > 0.2, "pooled over both modes it is not: ±" + pooled);
    }

    @Test
    void oneModeHasNoRatioByMode() {
        double[] raw = {100, 101, 99, 100, 102, 98};
        double[] send = {110, 111, 109, 110, 112, 108};
        assertTrue(Analysis.ratioByMode(series("send", send), series("raw", raw)).isEmpty());
    }

    /** Two series that took turns in the same forks: {@code turns[f][c]} is the machine's state in turn c of fork f. */
    static Series shared(String name, double[][] iterations, String group) {
        double[] scores = new double[iterations.length];
        int[] rounds = new int[iterations.length];
        for (int f = 0; f < iterations.length; f++) {
            scores[f] = org.corotck.analysis.stats.OrderStatistics.median(iterations[f]);
            rounds[f] = f / 2; // two shared forks a round
        }
        return new Series("org.corotck.benchmarks.X." + name, Map.of(), "avgt", "ns/op", scores, rounds, Optional.empty(),
                group, Optional.empty(), iterations, group);
    }

    /**
     * A handoff whose cost moves by ±30% from turn to turn and fork to fork with the machine's state, the same for
     * both members of a turn: paired turn by turn the ratio is as tight as the code's own noise (1%); paired fork
     * by fork from the same numbers, as separate forks would be, it is not.
     */
    @Test
    void seriesThatSharedForksArePairedTurnByTurn() {
        Random random = new Random(11);
        int forks = 24;
        int turns = 4;
        double[][] raw = new double[forks][turns];
        double[][] send = new double[forks][turns];
        double[][] sendElsewhere = new double[forks][turns];
        for (int f = 0; f < forks; f++) {
            double fork = Math.exp(0.3 * random.nextGaussian());
            for (int c = 0; c < turns; c++) {
                double state = fork * Math.exp(0.1 * random.nextGaussian());
                raw[f][c] = 1000 * state * Math.exp(0.01 * random.nextGaussian());
                send[f][c] = 1100 * state * Math.exp(0.01 * random.nextGaussian());
                // the same send in forks of its own: another fork's state
                sendElsewhere[f][c] = 1100 * Math.exp(0.3 * random.nextGaussian()) * Math.exp(0.01 * random.nextGaussian());
            }
        }
        Series r = shared("raw", raw, "PLATFORM_THREAD");
        Series s = shared("send", send, "PLATFORM_THREAD");
        assertTrue(s.sharesForksWith(r));
        assertEquals(forks, Analysis.roundRatios(s, r).length, "one sample per shared fork");
        var paired = Analysis.ratio(s, r).orElseThrow();
        assertEquals(1.1, paired.value(), 0.02);
        assertTrue(paired.relativeHalfWidth() < 0.02, "turn by turn: ±" + paired.relativeHalfWidth());

        Series apart = shared("send", sendElsewhere, "");
        assertFalse(apart.sharesForksWith(r), "no shared group: forks of its own");
        assertEquals(forks / 2, Analysis.roundRatios(apart, r).length, "one sample per round");
        assertTrue(Analysis.ratio(apart, r).orElseThrow().relativeHalfWidth() > 0.1, "round by round it is wide");
    }

    @Test
    void seriesOfOtherSharedGroupsOrRoundsDoNotPairTurnByTurn() {
        double[][] its = {{1, 2}, {3, 4}};
        Series a = shared("a", its, "PLATFORM_THREAD");
        assertFalse(a.sharesForksWith(shared("b", its, "VIRTUAL_THREAD")));
        Series other = new Series("org.corotck.benchmarks.X.c", Map.of(), "avgt", "ns/op", new double[] {2, 4},
                new int[] {0, 2}, Optional.empty(), "PLATFORM_THREAD", Optional.empty(), its, "PLATFORM_THREAD");
        assertFalse(a.sharesForksWith(other), "fork for fork the same rounds, or not the same forks");
    }
}

package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ratio within each mode, on rounds whose machine state is known. */
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
}

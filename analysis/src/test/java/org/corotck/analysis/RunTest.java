package org.corotck.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JMH JSON: a fork's score, and the turns of members that shared their forks. */
class RunTest {
    /** One iteration in which the machine stalled (a vCPU taken by the hypervisor) must not move its fork. */
    @Test
    void aForksScoreIsTheMedianOfItsIterationsNotTheirMean(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.json"), """
                [{"benchmark": "org.corotck.benchmarks.Baselines.handWrittenCall", "mode": "avgt",
                  "primaryMetric": {"score": 1, "scoreUnit": "ns/op",
                                    "rawData": [[4.0, 4.2, 400.0, 3.9, 4.1], [5.0, 5.0, 5.2, 4.8]]}}]
                """);
        Series s = Run.read(f).series().get(0);
        assertArrayEquals(new double[] {4.1, 5.0}, s.forkScores(), 1e-9);
    }

    /**
     * Two members' entries from the round runner's shared forks: each turn's median as rawData, the shared group
     * in "corotck". They read as series that shared their forks, each turn kept in the order it ran; a sampled
     * series from a plain JMH file keeps its histograms' medians, turn by turn.
     */
    @Test
    void membersOfSharedForksKeepTheirTurnsInOrder(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.json"), """
                [{"benchmark": "org.corotck.benchmarks.Baselines.parkUnparkPlatformCaller", "mode": "sample",
                  "params": {"partner": "platform", "wait": "spin"},
                  "primaryMetric": {"score": 5000, "scoreUnit": "ns/op", "rawData": [[900, 1000, 950], [980, 990, 1200]]},
                  "corotck": {"group": "PLATFORM_THREAD", "sharedFork": "PLATFORM_THREAD", "rounds": [0, 0]}},
                 {"benchmark": "org.corotck.benchmarks.CoroutineBench.send", "mode": "sample",
                  "params": {"backend": "threads", "form": "machine"},
                  "primaryMetric": {"score": 6000, "scoreUnit": "ns/op", "rawData": [[990, 1100, 1045], [1078, 1089, 1320]]},
                  "corotck": {"group": "PLATFORM_THREAD", "sharedFork": "PLATFORM_THREAD", "rounds": [0, 0],
                              "reference": "Baselines.parkUnparkPlatformCaller partner=platform wait=spin"}},
                 {"benchmark": "org.corotck.benchmarks.CoroutineBench.sendSampled", "mode": "sample",
                  "params": {"backend": "threads", "form": "machine"},
                  "primaryMetric": {"score": 6000, "scoreUnit": "ns/op",
                                    "rawDataHistogram": [[[[100, 3], [200, 1]], [[300, 1], [400, 2]]]]}}]
                """);
        Run run = Run.read(f);
        Series raw = run.series().get(0);
        Series send = run.series().get(1);
        assertTrue(send.sharesForksWith(raw));
        assertArrayEquals(new double[] {950, 990}, raw.forkScores(), 1e-9);
        assertArrayEquals(new double[] {1.1, 1.1}, Analysis.roundRatios(send, raw), 1e-9);
        Series sampled = run.series().get(2);
        assertEquals("", sampled.sharedFork());
        assertArrayEquals(new double[] {100, 400}, sampled.iterations()[0], 1e-9);
        assertArrayEquals(new double[] {200}, sampled.forkScores(), 1e-9);
    }
}

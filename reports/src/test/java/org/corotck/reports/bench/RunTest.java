package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}

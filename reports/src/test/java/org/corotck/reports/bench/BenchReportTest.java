package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The report's verdicts follow the numbers: each handoff target is met or missed by a made-up run. */
class BenchReportTest {
    static Map<String, BenchReport.Target> targets(BenchReport report) {
        return report.targets().stream().collect(Collectors.toMap(BenchReport.Target::text, t -> t, (a, b) -> a));
    }

    static BenchReport.Target target(BenchReport report, String text) {
        BenchReport.Target t = targets(report).get(text);
        assertNotNull(t, () -> "no target '" + text + "' among " + targets(report).keySet());
        return t;
    }

    static BenchReport report() throws Exception {
        return new BenchReport(JmhResult.read(ComparisonTest.fixture("handoff.json")), null, null,
                ComparisonTest.fixture("idle.txt"), null);
    }

    @Test
    void medianComesFromTheSampledPercentiles() throws Exception {
        BenchReport r = report();
        BenchReport.Target threads = target(r, "threads send round trip: median <= 1 µs (platform caller)");
        assertEquals("met", threads.verdict());
        assertTrue(threads.measured().startsWith("p50 800 ns"), threads.measured());
        assertEquals("not met", target(r, "virtual-threads send round trip: median <= 1 µs (platform caller)").verdict());
    }

    @Test
    void speedUpOverPlainParkIsJudgedFromTheRatio() throws Exception {
        BenchReport r = report();
        BenchReport.Target threads = target(r, "threads send >= 20x faster than plain park/unpark (ratio <= 0.05)");
        assertEquals("met", threads.verdict(), "500 / 25,000 = 0.02");
        assertEquals("not met", target(r, "virtual-threads send >= 20x faster than plain park/unpark (ratio <= 0.05)")
                .verdict(), "2,000 / 20,000 = 0.1");
    }

    @Test
    void overheadOverTheSameWaitingPolicy() throws Exception {
        BenchReport.Target t = target(report(), "threads send (machine body, platform caller) <= 1.3x raw "
                + "spin-then-park ping-pong, platform partner, platform caller");
        assertEquals("met", t.verdict(), "500 / 450 = 1.11");
        assertTrue(t.measured().startsWith("1.11 ±"), t.measured());
    }

    @Test
    void idleCpuIsJudgedAgainstTheJvmAlone() throws Exception {
        BenchReport r = report();
        assertEquals("met", target(r, "~0 CPU over 5 idle seconds with 10,000 suspended threads coroutines").verdict(),
                "10 ms beyond the JVM's own 20 ms is within 1% of a core over 5 s");
        assertEquals("not met", target(r, "~0 CPU over 5 idle seconds with 10,000 suspended virtual-threads coroutines")
                .verdict(), "180 ms is not");
    }

    @Test
    void absentMeasurementsAreNotJudged() throws Exception {
        BenchReport r = new BenchReport(JmhResult.read(ComparisonTest.fixture("base.json")), null, null,
                (Path) null, null);
        assertEquals("not judged", target(r, "~0 CPU with threads coroutines idle").verdict());
        assertEquals("not judged", target(r, "threads send round trip: median <= 1 µs (platform caller)").verdict());
    }
}

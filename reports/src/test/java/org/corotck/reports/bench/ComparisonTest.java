package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {
    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ComparisonTest.class.getResource("/jmh/" + name).toURI());
    }

    static Comparison compare(double threshold, String... files) throws Exception {
        List<List<JmhResult>> runs = new java.util.ArrayList<>();
        for (String f : files) {
            runs.add(JmhResult.read(fixture(f)));
        }
        return new Comparison(List.of(files), runs, threshold);
    }

    @Test
    void readsTheStandardJmhFormat() throws Exception {
        List<JmhResult> rs = JmhResult.read(fixture("base.json"));
        assertEquals(2, rs.size());
        JmhResult r = rs.get(0);
        assertEquals("CoroutineBench.send", r.shortName());
        assertEquals("CoroutineBench.send backend=state-machine form=machine", r.key());
        assertEquals(10.0, r.score());
        assertEquals(9.0, r.low(), 1e-9);
        assertEquals(11.0, r.high(), 1e-9);
        assertEquals(24.0, r.secondary().get("·gc.alloc.rate.norm"));
    }

    @Test
    void ratioIsToTheFirstFile() throws Exception {
        Comparison c = compare(0.1, "base.json", "slower.json");
        Comparison.Row cont = c.rows().get(1);
        assertEquals(1.0, cont.cells().get(0).ratio(), 1e-9);
        assertEquals(1.5, cont.cells().get(1).ratio(), 1e-9);
    }

    @Test
    void overlapOfConfidenceIntervals() throws Exception {
        Comparison c = compare(0.1, "base.json", "slower.json");
        assertTrue(c.rows().get(0).cells().get(1).overlaps(), "[9,11] and [9.5,11.5] overlap");
        assertFalse(c.rows().get(1).cells().get(1).overlaps(), "[95,105] and [145,155] do not");
    }

    @Test
    void regressionOnlyPastTheThresholdAndWithoutOverlap() throws Exception {
        assertTrue(compare(0.1, "base.json", "slower.json").anyRegression());
        assertFalse(compare(0.6, "base.json", "slower.json").anyRegression(), "50% worse is within a 60% threshold");
        assertFalse(compare(0.0, "base.json", "same.json").anyRegression(), "overlapping intervals are never a regression");
        assertFalse(compare(0.1, "slower.json", "base.json").anyRegression(), "faster is not a regression");
    }

    @Test
    void cliExitsNonZeroPastTheThreshold(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp.md");
        assertEquals(BenchCli.REGRESSION, BenchCli.run("compare", "-t", "0.1", "-o", out.toString(),
                fixture("base.json").toString(), fixture("slower.json").toString()));
        String md = Files.readString(out);
        assertTrue(md.contains("### CoroutineBench.send backend=continuation form=machine"), md);
        assertTrue(md.contains("| 1.500 | no | **REGRESSION** |"), md);
        assertEquals(0, BenchCli.run("compare", "-t", "0.6", fixture("base.json").toString(), fixture("slower.json").toString()));
        assertEquals(0, BenchCli.run("compare", fixture("base.json").toString(), fixture("same.json").toString(),
                fixture("slower.json").toString()) == BenchCli.REGRESSION ? 0 : 1, "three files: the third regressed");
    }

    @Test
    void reportWritesMarkdownAndCharts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.md");
        assertEquals(0, BenchCli.run("report", "-o", out.toString(), "--cpython-ns", "60", fixture("base.json").toString()));
        String md = Files.readString(out);
        assertTrue(md.contains("## Targets"), md);
        assertTrue(md.contains("faster than CPython"), md);
        assertTrue(Files.exists(dir.resolve("r-send.svg")), "send chart");
    }
}

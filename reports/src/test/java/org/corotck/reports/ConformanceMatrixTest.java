package org.corotck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corotck.spec.rules.RuleCatalogue;
import org.corotck.tck.report.Report;
import org.corotck.tck.report.Result;
import org.corotck.tck.report.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceMatrixTest {

    @Test
    void rendersOneColumnPerBackendAndNumbersEveryReason(@TempDir Path dir) throws Exception {
        RuleCatalogue catalogue = RuleCatalogue.load();
        var good = Report.of("good", "T", Map.of("1.1", List.of(new TestOutcome("t", Result.PASS, ""))), catalogue);
        var bad = Report.of("bad", "T", Map.of("1.1", List.of(new TestOutcome("t", Result.FAIL, "rule 1.1: boom"))), catalogue);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path a = dir.resolve("a/target/corotck");
        Path b = dir.resolve("b/target/corotck");
        Files.createDirectories(a);
        Files.createDirectories(b);
        json.writeValue(a.resolve("conformance-good.json").toFile(), good);
        json.writeValue(b.resolve("conformance-bad.json").toFile(), bad);

        var reports = ConformanceMatrix.read(dir);
        assertEquals(List.of("bad", "good"), reports.stream().map(Report::backend).toList());
        String md = ConformanceMatrix.render(reports);
        assertTrue(md.contains("| rule | kind | bad | good |"), md);
        assertTrue(md.contains("| 1.1 | required | **FAIL** [1] | pass |"), md);
        assertTrue(md.contains("1. 1.1 on bad: t: rule 1.1: boom"), md);
        assertTrue(md.contains("| 1.2 | required | not run ["), "rules with no test are shown as not run: " + md);
    }

    @Test
    void showsThePropertyTestsWhichNameNoRule() {
        RuleCatalogue catalogue = RuleCatalogue.load();
        Map<String, List<TestOutcome>> rules = Map.of("1.1", List.of(new TestOutcome("t", Result.PASS, "")));
        var good = Report.of("good", "T", rules, Map.of("property_corpus", List.of(new TestOutcome("p", Result.PASS, ""))), catalogue);
        var bad = Report.of("bad", "T", rules, Map.of("property_corpus",
                List.of(new TestOutcome("p", Result.FAIL, "step 1: expected yielded 8"))), catalogue);
        String md = ConformanceMatrix.render(List.of(bad, good));
        assertTrue(md.contains("| property test | bad | good |"), md);
        assertTrue(md.contains("| property_corpus | **FAIL** ["), md);
        assertTrue(md.contains("property_corpus on bad: "), md);
        assertTrue(md.contains("properties 0/1 passed, 1 failed"), "the summary line says it too: " + md);
    }
}

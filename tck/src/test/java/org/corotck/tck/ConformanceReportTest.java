package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corotck.tck.report.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The conformance report: a property test that fails is in it, though it names no rule. */
class ConformanceReportTest {

    /** Not run by surefire on its own (a nested class); launched by the test below. */
    @ExtendWith(ConformanceReport.class)
    static class RulesPassAPropertyFails {
        @Test
        void required_1_1_passes() {}

        @Test
        void property_passes() {}

        /** As the corpus replay is: one invocation a body form, one of them failing. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"STACKFUL", "STATE_MACHINE"})
        void property_corpusFails(String form) {
            if (form.equals("STATE_MACHINE")) {
                throw new AssertionError("1 of 50 corpus programs differ from CPython\nprogram 7: ...");
            }
        }

        @Test
        void property_skipped() {
            Assumptions.abort("not declared");
        }

        @Test
        void helperThatNamesNothing() {}
    }

    @Test
    void aFailedPropertyTestIsInTheSummaryLineAndTheMarkdown(@TempDir Path reports) throws Exception {
        String previous = System.getProperty("corotck.reportDir");
        System.setProperty("corotck.reportDir", reports.toString());
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            LauncherFactory.create().execute(
                    LauncherDiscoveryRequestBuilder.request().selectors(selectClass(RulesPassAPropertyFails.class)).build());
        } finally {
            System.setOut(out);
            if (previous == null) {
                System.clearProperty("corotck.reportDir");
            } else {
                System.setProperty("corotck.reportDir", previous);
            }
        }
        List<String> summaries = printed.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("corotck TCK [unknown]: ")).toList();
        assertEquals(1, summaries.size(), "the summary line printed: " + printed);
        String summary = summaries.get(0);
        assertTrue(summary.matches("corotck TCK \\[unknown\\]: required 1/\\d+ passed, optional 0/\\d+ passed, 0 skipped, "
                + "0 failed, \\d+ not run; properties 1/3 passed, 1 failed"), summary);

        String md = Files.readString(reports.resolve("conformance-unknown.md"));
        assertTrue(md.contains(summary), "the markdown's summary: " + md);
        assertTrue(md.contains("## Property tests"), md);
        assertTrue(md.contains("| property_corpusFails | fail | property_corpusFails STATE_MACHINE: "
                + "1 of 50 corpus programs differ from CPython |\n"), md);
        assertTrue(md.contains("| property_passes | pass |  |\n"), md);
        assertTrue(md.contains("| property_skipped | skip | not declared |\n"), md);
        assertTrue(!md.contains("helperThatNamesNothing"), "a test that is neither a rule's nor a property: " + md);

        Report report = new ObjectMapper().readValue(reports.resolve("conformance-unknown.json").toFile(), Report.class);
        assertEquals(1, report.summary().get("propertiesFailed"), "the JSON summary: " + report.summary());
        assertEquals(3, report.summary().get("propertiesTotal"), "the JSON summary: " + report.summary());
        assertEquals(summary, org.corotck.tck.report.ReportText.summaryLine(report), "the summary, read back");
    }
}

package org.corotck.tck.report;

import java.util.Locale;
import java.util.Map;

/** A {@link Report} as people read it: its one-line summary and its Markdown table. */
public final class ReportText {
    private ReportText() {}

    /**
     * {@code corotck TCK [backend]: required 75/75 passed, optional 5/10 passed, 5 skipped, 0 failed, 0 not run;
     * properties 2/3 passed, 1 failed}: the rules, then the property tests, which check many rules at once and
     * so have no row of their own (a property test that was only skipped is neither passed nor failed).
     */
    public static String summaryLine(Report report) {
        Map<String, Integer> s = report.summary();
        return String.format(Locale.ROOT, "corotck TCK [%s]: required %d/%d passed, optional %d/%d passed, %d skipped, %d failed, %d not run"
                        + "; properties %d/%d passed, %d failed",
                report.backend(), s.get("requiredPassed"), s.get("requiredTotal"), s.get("optionalPassed"),
                s.get("optionalTotal"), s.get("skipped"), s.get("failed"), s.get("notRun"),
                s.getOrDefault("propertiesPassed", 0), s.getOrDefault("propertiesTotal", 0),
                s.getOrDefault("propertiesFailed", 0));
    }

    /** The report as {@code conformance-<backend>.md}: the summary, a row a rule, then a row a property test. */
    public static String markdown(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Conformance of backend `").append(report.backend()).append("`\n\n");
        md.append(summaryLine(report)).append("\n\n");
        md.append("| rule | kind | result | reason |\n|---|---|---|---|\n");
        for (RuleResult r : report.rules()) {
            md.append("| ").append(r.id()).append(" | ").append(r.kind())
                    .append(r.capability().isEmpty() ? "" : " (" + r.capability() + ")")
                    .append(" | ").append(cell(r.result()))
                    .append(" | ").append(r.reason().replace("|", "\\|")).append(" |\n");
        }
        md.append("\n## Property tests\n\n")
                .append("Each checks many rules at once on whole programs (the CPython corpus, the reference model), ")
                .append("so it has no row in the table above; a failure's message names the first step that differs.\n\n");
        if (report.properties().isEmpty()) {
            md.append("No property test ran.\n");
        } else {
            md.append("| test | result | reason |\n|---|---|---|\n");
            for (PropertyResult p : report.properties()) {
                md.append("| ").append(p.test()).append(" | ").append(cell(p.result()))
                        .append(" | ").append(p.reason().replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }

    /** A result as a table shows it: {@code pass}, {@code not run}. */
    public static String cell(Result result) {
        return result.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

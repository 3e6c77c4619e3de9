package org.corotck.tck.report;

import java.util.Locale;
import java.util.Map;

/** A {@link Report} as people read it: its one-line summary and its Markdown table. */
public final class ReportText {
    private ReportText() {}

    /** {@code corotck TCK [backend]: required 73/73 passed, optional 5/10 passed, ...}. */
    public static String summaryLine(Report report) {
        Map<String, Integer> s = report.summary();
        return String.format(Locale.ROOT, "corotck TCK [%s]: required %d/%d passed, optional %d/%d passed, %d skipped, %d failed, %d not run",
                report.backend(), s.get("requiredPassed"), s.get("requiredTotal"), s.get("optionalPassed"),
                s.get("optionalTotal"), s.get("skipped"), s.get("failed"), s.get("notRun"));
    }

    /** The report as {@code conformance-<backend>.md}: the summary, then a row a rule. */
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
        return md.toString();
    }

    /** A result as a table shows it: {@code pass}, {@code not run}. */
    public static String cell(Result result) {
        return result.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

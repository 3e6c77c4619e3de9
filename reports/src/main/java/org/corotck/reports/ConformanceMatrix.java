package org.corotck.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corotck.analysis.BadInputException;
import org.corotck.tck.report.PropertyResult;
import org.corotck.tck.report.Report;
import org.corotck.tck.report.ReportText;
import org.corotck.tck.report.Result;
import org.corotck.tck.report.RuleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code conformance ROOT -o OUT.md}: gathers every backend's conformance report
 * ({@code **}{@code /target/corotck/conformance-*.json}) under a project directory into one Markdown matrix: a
 * row per rule, a column per backend, and the reason for every skip or failure below it. The backends are
 * whichever wrote a report; this module knows none of them.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Gather every backend's conformance report under ROOT into one Markdown matrix.")
public final class ConformanceMatrix implements Callable<Integer> {
    /** The self-test's matrix, linked from this one; the main job puts the two side by side. */
    static final String KILL_MATRIX = "kill-matrix.md";

    @Parameters(index = "0", paramLabel = "ROOT", description = "the project directory, after ./mvnw verify")
    Path root;

    @Option(names = {"-o", "--output"}, required = true, description = "the Markdown file to write")
    Path output;

    @Override
    public Integer call() throws IOException, BadInputException {
        if (!Files.isDirectory(root)) {
            throw new BadInputException(root + ": not a directory");
        }
        List<Report> reports = read(root);
        if (reports.isEmpty()) {
            throw new BadInputException("no conformance reports under " + root + "; run ./mvnw verify first");
        }
        Files.writeString(output, render(reports));
        System.out.println("conformance matrix of " + reports.size() + " backends written to " + output);
        reports.forEach(r -> System.out.println("  " + ReportText.summaryLine(r)));
        return ReportsCli.OK;
    }

    static List<Report> read(Path root) throws IOException {
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(ConformanceMatrix::isReport).sorted().toList()) {
                reports.add(json.readValue(p.toFile(), Report.class));
            }
        }
        reports.sort(Comparator.comparing(Report::backend));
        return reports;
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("conformance-") && name.endsWith(".json")
                && p.getParent() != null && p.getParent().getFileName().toString().equals("corotck")
                && !p.toString().contains("/target/it/"); // the examples' own runs are a user's backends
    }

    static String render(List<Report> reports) {
        StringBuilder md = new StringBuilder("# Conformance matrix\n\n");
        md.append("Each backend\'s TCK run (`./mvnw -B verify`), gathered by `./main-job`. ")
                .append("Rules are those of [SPEC.md](../spec/SPEC.md). ")
                .append("Whether the TCK would notice a broken backend: the [kill matrix](" + KILL_MATRIX + ") of its self-test.\n\n");
        for (Report r : reports) {
            md.append("- ").append(ReportText.summaryLine(r)).append('\n');
        }
        md.append("\n| rule | kind |");
        reports.forEach(r -> md.append(' ').append(r.backend()).append(" |"));
        md.append("\n|---|---|");
        reports.forEach(r -> md.append("---|"));
        md.append('\n');
        Map<String, List<RuleResult>> byRule = new LinkedHashMap<>();
        for (Report r : reports) {
            for (RuleResult row : r.rules()) {
                byRule.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row);
            }
        }
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, List<RuleResult>> e : byRule.entrySet()) {
            RuleResult first = e.getValue().get(0);
            md.append("| ").append(e.getKey()).append(" | ").append(first.kind())
                    .append(first.capability().isEmpty() ? "" : " (" + first.capability() + ")").append(" |");
            for (int i = 0; i < e.getValue().size(); i++) {
                RuleResult row = e.getValue().get(i);
                String cell = ReportText.cell(row.result());
                if (row.result() == Result.FAIL) {
                    cell = "**FAIL**";
                }
                if (row.result() != Result.PASS && !row.reason().isBlank()) {
                    notes.add(e.getKey() + " on " + reports.get(i).backend() + ": " + row.reason());
                    cell += " [" + notes.size() + "]";
                }
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        }
        properties(md, reports, notes);
        if (!notes.isEmpty()) {
            md.append("\n## Skips and failures\n\n");
            for (int i = 0; i < notes.size(); i++) {
                md.append(i + 1).append(". ").append(notes.get(i).replace("\n", " ")).append('\n');
            }
        }
        return md.toString();
    }

    /**
     * The property tests (random operation sequences against the reference model, the CPython corpus), which name
     * no rule: a row each, so that a backend that fails only them does not read as conforming.
     */
    private static void properties(StringBuilder md, List<Report> reports, List<String> notes) {
        Map<String, PropertyResult[]> byTest = new java.util.TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (PropertyResult p : reports.get(i).properties()) {
                byTest.computeIfAbsent(p.test(), k -> new PropertyResult[reports.size()])[i] = p;
            }
        }
        if (byTest.isEmpty()) {
            return;
        }
        md.append("\n| property test |");
        reports.forEach(r -> md.append(' ').append(r.backend()).append(" |"));
        md.append("\n|---|");
        reports.forEach(r -> md.append("---|"));
        md.append('\n');
        byTest.forEach((test, row) -> {
            md.append("| ").append(test).append(" |");
            for (int i = 0; i < row.length; i++) {
                PropertyResult p = row[i];
                String cell = p == null ? ReportText.cell(Result.NOT_RUN) : p.result() == Result.FAIL ? "**FAIL**" : ReportText.cell(p.result());
                if (p != null && p.result() != Result.PASS && !p.reason().isBlank()) {
                    notes.add(test + " on " + reports.get(i).backend() + ": " + p.reason());
                    cell += " [" + notes.size() + "]";
                }
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        });
    }
}

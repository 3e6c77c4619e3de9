package org.corotck.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.corotck.tck.ConformanceReport;
import org.corotck.tck.ConformanceReport.Report;
import org.corotck.tck.ConformanceReport.RuleResult;

/**
 * Gathers every backend's conformance report ({@code **}{@code /target/corotck/conformance-*.json}) under a
 * project directory into one Markdown matrix: a row per rule, a column per backend, and the reason for
 * every skip or failure below it.
 */
public final class ConformanceMatrix {
    private static final String KILL_MATRIX = "kill-matrix.md";

    private ConformanceMatrix() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ConformanceMatrix <project directory> <output .md>");
            System.exit(2);
        }
        List<Report> reports = read(Path.of(args[0]));
        if (reports.isEmpty()) {
            System.err.println("no conformance reports under " + args[0] + "; run ./mvnw verify first");
            System.exit(1);
        }
        Path out = Path.of(args[1]);
        Files.writeString(out, render(reports));
        System.out.println("conformance matrix of " + reports.size() + " backends written to " + out);
        copyKillMatrix(Path.of(args[0]), out.resolveSibling(KILL_MATRIX));
        reports.forEach(r -> System.out.println("  " + ConformanceReport.summaryLine(r)));
    }

    /**
     * The self-test's kill matrix (module tck-selftest, which the reactor builds before this one), kept
     * beside the conformance matrix so that both answers are in reports/: do the backends pass, and
     * would the TCK notice if they did not.
     */
    static void copyKillMatrix(Path root, Path to) throws IOException {
        Path written = root.resolve(Path.of("tck-selftest", "target", "corotck", KILL_MATRIX));
        if (Files.exists(written)) {
            Files.copy(written, to, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("kill matrix of the TCK's self-test copied to " + to);
        } else {
            System.out.println("no kill matrix at " + written + "; " + to + " left as it was");
        }
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
        md.append("Each backend's TCK run, gathered by `./mvnw -B verify -Pconformance`. ")
                .append("Rules are those of [SPEC.md](../spec/SPEC.md). ")
                .append("Whether the TCK would notice a broken backend: the [kill matrix](" + KILL_MATRIX + ") of its self-test.\n\n");
        for (Report r : reports) {
            md.append("- ").append(ConformanceReport.summaryLine(r)).append('\n');
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
                String cell = row.result().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                if (row.result() == ConformanceReport.Result.FAIL) {
                    cell = "**FAIL**";
                }
                if (row.result() != ConformanceReport.Result.PASS && !row.reason().isBlank()) {
                    notes.add(e.getKey() + " on " + reports.get(i).backend() + ": " + row.reason());
                    cell += " [" + notes.size() + "]";
                }
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        }
        if (!notes.isEmpty()) {
            md.append("\n## Skips and failures\n\n");
            for (int i = 0; i < notes.size(); i++) {
                md.append(i + 1).append(". ").append(notes.get(i).replace("\n", " ")).append('\n');
            }
        }
        return md.toString();
    }
}

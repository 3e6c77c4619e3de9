package org.corotck.selftest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The kill matrix: for each mutant, the rule it breaks, the rules whose tests failed, and those tests.
 * Written to {@code target/corotck/kill-matrix.md} and {@code .json}; a copy is kept in reports/.
 */
final class KillMatrix {

    /** One failed test of a mutant's run. */
    record FailedTest(String test, String rule, String failure) {}

    /** One mutant's row. */
    record Row(String mutant, String base, List<String> breaks, String how, boolean killed, List<String> caughtBy,
               List<FailedTest> failedTests, int testsRun, double seconds) {

        static Row of(MutantBackend mutant, TckRun run) {
            List<FailedTest> failed = run.failures().stream()
                    .map(f -> new FailedTest(f.test(), f.rule(), f.firstLine()))
                    .sorted(Comparator.comparing(FailedTest::test)).toList();
            List<String> caughtBy = List.copyOf(new TreeSet<>(failed.stream().map(FailedTest::rule)
                    .filter(r -> !r.isEmpty()).toList()));
            boolean killed = failed.stream().anyMatch(f -> mutant.breaks().contains(f.rule()));
            return new Row(mutant.name(), mutant.baseName(), mutant.breaks(), mutant.fault().how(), killed, caughtBy,
                    failed, run.testsRun(), Math.round(run.seconds() * 10) / 10.0);
        }
    }

    private KillMatrix() {}

    static void write(Path dir, List<Row> rows) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("kill-matrix.json").toFile(), rows);
        Files.writeString(dir.resolve("kill-matrix.md"), markdown(rows));
    }

    static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("# Kill matrix: the TCK against mutant backends\n\n");
        md.append("Each mutant wraps a correct backend and breaks one rule of SPEC.md. The TCK kills it when a test\n")
                .append("named after that rule fails. Written by `tck-selftest` (`MutantsAreKilledTest`); ")
                .append(rows.stream().filter(Row::killed).count()).append(" of ").append(rows.size())
                .append(" mutants killed.\n\n");
        md.append("| mutant | base | breaks | what it does wrong | killed | rules whose tests failed | failed tests |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| `").append(r.mutant()).append("` | ").append(r.base()).append(" | ").append(String.join(", ", r.breaks()))
                    .append(" | ").append(escape(r.how())).append(" | ").append(r.killed() ? "yes" : "**no**")
                    .append(" | ").append(String.join(", ", r.caughtBy())).append(" | ")
                    .append(String.join("<br>", r.failedTests().stream().map(f -> "`" + f.test() + "`").toList()))
                    .append(" |\n");
        }
        md.append("\n## Why each test failed\n");
        for (Row r : rows) {
            md.append("\n### `").append(r.mutant()).append("` (breaks ").append(String.join(", ", r.breaks()))
                    .append("; ").append(r.testsRun()).append(" tests)\n\n"); // seconds only in the JSON: the .md is committed
            for (FailedTest f : r.failedTests()) {
                md.append("- `").append(f.test()).append("`: ").append(escape(f.failure())).append('\n');
            }
        }
        return md.toString();
    }

    /**
     * One line of a failure for the committed .md: thread ids and name counters, and how many racing calls
     * went wrong, change from run to run; they are masked so that a rerun that kills alike diffs clean.
     */
    private static String escape(String text) {
        String oneLine = text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replaceAll("(?<=[#-])\\d+", "N")
                .replaceAll("but was: <\\[(.*?)(, .*)?]>", "but was: <[$1, ...]>");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}

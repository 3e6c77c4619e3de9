package org.corotck.selftest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.corotck.spec.rules.Rule;
import org.corotck.spec.rules.RuleCatalogue;

/**
 * The kill matrix: every required rule against every base, with the mutants that break it there; then each
 * mutant's row (the rules it breaks, the rules whose tests failed, those tests) and why each test failed.
 * Written to {@code target/corotck/kill-matrix.md} and {@code .json}; a copy is kept in reports/.
 */
final class KillMatrix {

    /** One failed test of a mutant's run. */
    record FailedTest(String test, String rule, String failure) {}

    /** One mutant's row. */
    record Row(String mutant, String base, List<String> breaks, String how, boolean killed, List<String> caughtBy,
               List<FailedTest> failedTests, int testsRun, double seconds) {

        static Row of(MutantBackend mutant, TckRun run, boolean killed) {
            List<FailedTest> failed = run.failures().stream()
                    .map(f -> new FailedTest(f.test(), f.rule(), f.firstLine()))
                    .sorted(Comparator.comparing(FailedTest::test)).toList();
            List<String> caughtBy = List.copyOf(new TreeSet<>(failed.stream().map(FailedTest::rule)
                    .filter(r -> !r.isEmpty()).toList()));
            return new Row(mutant.name(), mutant.baseName(), mutant.breaks(), mutant.fault().how(), killed, caughtBy,
                    failed, run.testsRun().size(), Math.round(run.seconds() * 10) / 10.0);
        }
    }

    private KillMatrix() {}

    static void write(Path dir, List<Row> rows) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("kill-matrix.json").toFile(), rows);
        Files.writeString(dir.resolve("kill-matrix.md"), markdown(rows));
    }

    /** Rules in catalogue order: section, then number. */
    private static final Comparator<String> RULE_ORDER = Comparator
            .comparingInt((String id) -> Integer.parseInt(id.substring(0, id.indexOf('.'))))
            .thenComparingInt(id -> Integer.parseInt(id.substring(id.indexOf('.') + 1)));

    static String markdown(List<Row> rows) {
        List<Row> sorted = rows.stream().sorted(Comparator.comparing(Row::mutant).thenComparing(Row::base)).toList();
        List<String> columns = List.of("state-machine", "stackful");
        StringBuilder md = new StringBuilder("# Kill matrix: the TCK against mutant backends\n\n");
        md.append("Each mutant wraps a correct backend and breaks one rule of SPEC.md (a few break two). The TCK kills it\n")
                .append("when, for every rule it breaks, a test named after that rule fails by an assertion; on a stackful base\n")
                .append("the stackful half of that rule's tests must be among the failures. Written by `tck-selftest`\n")
                .append("(`MutantsAreKilledTest`): ").append(sorted.stream().filter(Row::killed).count()).append(" of ")
                .append(sorted.size()).append(" mutant runs killed.\n\n")
                .append(Boolean.getBoolean(TckRun.WHOLE_TCK)
                        ? "Each mutant ran the whole TCK, so \"rules whose tests failed\" shows every rule that caught it.\n\n"
                        : "Each mutant ran the tests of the rules it breaks (what the verdict needs); run with\n"
                                + "`-Dcorotck.selftest.wholeTck=true` to see every rule whose tests catch it.\n\n");

        md.append("## Required rules x bases\n\n")
                .append("A cell names the mutants that break the rule on a base of that kind (a stackful base: threads or\n")
                .append("continuation), with a check mark when the TCK killed them.\n\n")
                .append("| rule | state-machine base | stackful base |\n|---|---|---|\n");
        List<Rule> required = RuleCatalogue.load().rules().stream().filter(r -> r.kind() == Rule.Kind.REQUIRED).toList();
        for (Rule rule : required) {
            md.append("| ").append(rule.id());
            for (String column : columns) {
                String cell = sorted.stream().filter(r -> column(r).equals(column) && r.breaks().contains(rule.id()))
                        .map(r -> "`" + r.mutant() + "`" + (column.equals("stackful") ? " (" + r.base() + ")" : "")
                                + (r.killed() ? " ✓" : " **not killed**"))
                        .collect(Collectors.joining("<br>"));
                md.append(" | ").append(cell.isEmpty() ? unbreakableMark(rule.id()) : cell);
            }
            md.append(" |\n");
        }
        md.append("\nRules no wrapper of a correct backend can break, and why:\n\n");
        Mutants.UNBREAKABLE.forEach((rule, why) -> md.append("- **").append(rule).append("**: ").append(why).append('\n'));
        List<String> uncovered = required.stream().map(Rule::id).filter(id -> !Mutants.UNBREAKABLE.containsKey(id))
                .filter(id -> columns.stream().anyMatch(c -> sorted.stream().noneMatch(r -> column(r).equals(c) && r.breaks().contains(id))))
                .toList();
        if (!uncovered.isEmpty()) {
            md.append("\nRequired rules without a mutant on every base: ").append(String.join(", ", uncovered)).append('\n');
        }

        md.append("\n## Mutants\n\n")
                .append("| mutant | base | breaks | what it does wrong | killed | rules whose tests failed | failed tests |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Row r : sorted) {
            md.append("| `").append(r.mutant()).append("` | ").append(r.base()).append(" | ").append(String.join(", ", r.breaks()))
                    .append(" | ").append(escape(r.how())).append(" | ").append(r.killed() ? "yes" : "**no**")
                    .append(" | ").append(String.join(", ", r.caughtBy().stream().sorted(RULE_ORDER).toList())).append(" | ")
                    .append(String.join("<br>", r.failedTests().stream().map(f -> "`" + f.test() + "`").toList()))
                    .append(" |\n");
        }
        md.append("\n## Why each test failed\n");
        for (Row r : sorted) {
            md.append("\n### `").append(r.mutant()).append("` on ").append(r.base()).append(" (breaks ")
                    .append(String.join(", ", r.breaks())).append("; ").append(r.testsRun())
                    .append(" tests)\n\n"); // seconds only in the JSON: the .md is committed
            for (FailedTest f : r.failedTests()) {
                md.append("- `").append(f.test()).append("`: ").append(escape(f.failure())).append('\n');
            }
        }
        return md.toString();
    }

    private static String column(Row r) {
        return r.base().equals("state-machine") ? "state-machine" : "stackful";
    }

    private static String unbreakableMark(String rule) {
        return Mutants.UNBREAKABLE.containsKey(rule) ? "(no wrapper can)" : "**none**";
    }

    /**
     * One line of a failure for the committed .md, the evidence kept whole: only a thread's id, priority and
     * group (which is gone once it ended), the counters in thread names and the identity hashes JUnit prints
     * beside an instance ({@code java.lang.String@6df24ffa<same>}) are left out, since they change from run
     * to run and say nothing of the failure.
     */
    private static String escape(String text) {
        String oneLine = text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replaceAll("Thread\\[#\\d+,([^,\\]]*),\\d+,[^\\]]*]", "Thread[$1]")
                .replaceAll("(?<=corotck-[a-z-]{1,40}-)\\d+(?![\\d.])", "N")
                .replaceAll("(?<=[\\w$])@[0-9a-f]{1,8}(?=<)", "@HASH");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "..." : oneLine;
    }
}

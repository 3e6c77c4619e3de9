package org.corotck.tck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.corotck.spec.rules.Rule;
import org.corotck.spec.rules.RuleCatalogue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Collects each rule test's outcome and, after the TCK class ran, writes the backend's conformance report:
 * {@code target/corotck/conformance-<backend>.json} and {@code .md} (directory set by system property
 * {@code corotck.reportDir}), one row a rule of the catalogue, and prints a one-line summary.
 *
 * <p>A rule passes when at least one of its tests passed and none failed; it is skipped when every test
 * was skipped, with their reasons; it fails when any test failed.
 */
public final class ConformanceReport implements TestWatcher, AfterAllCallback {

    /** One outcome of one test invocation. */
    public record Outcome(String test, Result result, String reason) {}

    public enum Result { PASS, FAIL, SKIP, NOT_RUN }

    /** One row of the report. */
    public record RuleResult(String id, String kind, String capability, Result result, String reason, List<Outcome> tests) {}

    /** The report of one TCK run against one backend. */
    public record Report(String backend, String testClass, List<RuleResult> rules, Map<String, Integer> summary) {}

    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    private static final class Run {
        volatile String backend = "unknown";
        final Map<String, List<Outcome>> byRule = new ConcurrentHashMap<>();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, Result.PASS, "");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, Result.FAIL, firstLine(cause));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, Result.SKIP, firstLine(cause));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, Result.SKIP, reason.orElse("disabled"));
    }

    /**
     * A check after all tests of the class (the leak check) failed: a failed outcome of {@code rule}, named
     * {@code check}, so that the report does not say "pass" for a rule the run broke. Effective only when
     * this extension watches the class and its report is still to be written.
     */
    public static void classLevelFailure(ExtensionContext context, String rule, String check, String reason) {
        RUNS.computeIfPresent(context.getRequiredTestClass().getName(), (k, run) -> {
            run.byRule.computeIfAbsent(rule, r -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(new Outcome(check, Result.FAIL, reason.replaceAll("\\s*\\n\\s*", " ")));
            return run;
        });
    }

    private static void record(ExtensionContext context, Result result, String reason) {
        Method method = context.getRequiredTestMethod();
        Run run = RUNS.computeIfAbsent(context.getRequiredTestClass().getName(), k -> new Run());
        context.getTestInstance().ifPresent(instance -> {
            if (instance instanceof CoroutineTck tck) {
                run.backend = tck.backendName();
            }
        });
        RuleIds.of(method).ifPresent(ref -> run.byRule
                .computeIfAbsent(ref.id(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(new Outcome(context.getDisplayName().equals(method.getName() + "()") ? method.getName()
                        : method.getName() + " " + context.getDisplayName(), result, reason)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Run run = RUNS.remove(context.getRequiredTestClass().getName());
        if (run == null) {
            return;
        }
        Report report = build(run.backend, context.getRequiredTestClass().getName(), run.byRule, RuleCatalogue.load());
        write(report);
        System.out.println(summaryLine(report));
    }

    /** Folds the outcomes of each rule's tests into one row per catalogue rule. */
    public static Report build(String backend, String testClass, Map<String, List<Outcome>> byRule, RuleCatalogue catalogue) {
        List<RuleResult> rows = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            List<Outcome> tests = List.copyOf(byRule.getOrDefault(rule.id(), List.of()));
            Result result;
            String reason;
            Optional<Outcome> failed = tests.stream().filter(o -> o.result() == Result.FAIL).findFirst();
            if (tests.isEmpty()) {
                result = Result.NOT_RUN;
                reason = "no test of this rule ran";
            } else if (failed.isPresent()) {
                result = Result.FAIL;
                reason = failed.get().test() + ": " + failed.get().reason();
            } else if (tests.stream().anyMatch(o -> o.result() == Result.PASS)) {
                result = Result.PASS;
                reason = tests.stream().filter(o -> o.result() == Result.SKIP).map(o -> o.test() + " skipped: " + o.reason())
                        .findFirst().orElse("");
            } else {
                result = Result.SKIP;
                reason = tests.get(0).reason();
            }
            rows.add(new RuleResult(rule.id(), rule.kind().name().toLowerCase(Locale.ROOT),
                    rule.capability().map(Enum::name).orElse(""), result, reason, tests));
        }
        Map<String, Integer> summary = new LinkedHashMap<>();
        summary.put("requiredPassed", count(rows, "required", Result.PASS));
        summary.put("requiredTotal", (int) rows.stream().filter(r -> r.kind().equals("required")).count());
        summary.put("optionalPassed", count(rows, "optional", Result.PASS));
        summary.put("optionalTotal", (int) rows.stream().filter(r -> r.kind().equals("optional")).count());
        summary.put("skipped", (int) rows.stream().filter(r -> r.result() == Result.SKIP).count());
        summary.put("failed", (int) rows.stream().filter(r -> r.result() == Result.FAIL).count());
        summary.put("notRun", (int) rows.stream().filter(r -> r.result() == Result.NOT_RUN).count());
        return new Report(backend, testClass, rows, summary);
    }

    private static int count(List<RuleResult> rows, String kind, Result result) {
        return (int) rows.stream().filter(r -> r.kind().equals(kind) && r.result() == result).count();
    }

    public static String summaryLine(Report report) {
        Map<String, Integer> s = report.summary();
        return String.format(Locale.ROOT, "corotck TCK [%s]: required %d/%d passed, optional %d/%d passed, %d skipped, %d failed, %d not run",
                report.backend(), s.get("requiredPassed"), s.get("requiredTotal"), s.get("optionalPassed"),
                s.get("optionalTotal"), s.get("skipped"), s.get("failed"), s.get("notRun"));
    }

    private static void write(Report report) {
        Path dir = Path.of(System.getProperty("corotck.reportDir", "target/corotck"));
        String base = "conformance-" + report.backend();
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve(base + ".json").toFile(), report);
            Files.writeString(dir.resolve(base + ".md"), markdown(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance report to " + dir, e);
        }
    }

    public static String markdown(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Conformance of backend `").append(report.backend()).append("`\n\n");
        md.append(summaryLine(report)).append("\n\n");
        md.append("| rule | kind | result | reason |\n|---|---|---|---|\n");
        for (RuleResult r : report.rules()) {
            md.append("| ").append(r.id()).append(" | ").append(r.kind())
                    .append(r.capability().isEmpty() ? "" : " (" + r.capability() + ")")
                    .append(" | ").append(r.result().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" | ").append(r.reason().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

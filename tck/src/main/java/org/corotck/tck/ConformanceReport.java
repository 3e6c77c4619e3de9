package org.corotck.tck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.corotck.spec.rules.RuleCatalogue;
import org.corotck.tck.report.Report;
import org.corotck.tck.report.ReportText;
import org.corotck.tck.report.Result;
import org.corotck.tck.report.TestOutcome;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Collects each rule test's outcome and, after the TCK class ran, writes the backend's conformance report:
 * {@code target/corotck/conformance-<backend>.json} and {@code .md} (directory set by system property
 * {@code corotck.reportDir}), one row a rule of the catalogue and one a property test ({@code property_*}, which
 * checks many rules at once and names none), and prints a one-line summary of both.
 *
 * <p>The report itself is plain data ({@link org.corotck.tck.report}); this extension only watches the tests
 * and writes it.
 */
public final class ConformanceReport implements TestWatcher, AfterAllCallback {

    /** The prefix of the tests that check many rules at once and so name none; the report lists them apart. */
    static final String PROPERTY_PREFIX = "property_";

    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    private static final class Run {
        volatile String backend = "unknown";
        final Map<String, List<TestOutcome>> byRule = new ConcurrentHashMap<>();
        /** The property tests ({@code property_*}), which name no rule, by method name. */
        final Map<String, List<TestOutcome>> byProperty = new ConcurrentHashMap<>();
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
                    .add(new TestOutcome(check, Result.FAIL, reason.replaceAll("\\s*\\n\\s*", " ")));
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
        TestOutcome outcome = new TestOutcome(context.getDisplayName().equals(method.getName() + "()") ? method.getName()
                : method.getName() + " " + context.getDisplayName(), result, reason);
        Optional<RuleIds.RuleRef> rule = RuleIds.of(method);
        if (rule.isPresent()) {
            run.byRule.computeIfAbsent(rule.get().id(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(outcome);
        } else if (method.getName().startsWith(PROPERTY_PREFIX)) {
            run.byProperty.computeIfAbsent(method.getName(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(outcome);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Run run = RUNS.remove(context.getRequiredTestClass().getName());
        if (run == null) {
            return;
        }
        Report report = Report.of(run.backend, context.getRequiredTestClass().getName(), run.byRule, run.byProperty,
                RuleCatalogue.load());
        write(report);
        System.out.println(ReportText.summaryLine(report));
    }

    private static void write(Report report) {
        Path dir = TckSettings.reportDir();
        String base = "conformance-" + report.backend();
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve(base + ".json").toFile(), report);
            Files.writeString(dir.resolve(base + ".md"), ReportText.markdown(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance report to " + dir, e);
        }
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

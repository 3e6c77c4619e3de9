package org.corotck.tck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.corotck.spec.rules.Rule;
import org.corotck.spec.rules.RuleCatalogue;

/**
 * The conformance report of one TCK run against one backend, as written to
 * {@code conformance-<backend>.json}: plain data, read back by the reports module without JUnit.
 *
 * @param backend the backend's name
 * @param testClass the TCK class that ran
 * @param rules one row a rule of the catalogue, in catalogue order
 * @param properties one row a property test that ran ({@code property_*}, which names no rule), by name
 * @param summary counts: requiredPassed, requiredTotal, optionalPassed, optionalTotal, skipped, failed, notRun
 *     of the rules; propertiesPassed, propertiesTotal, propertiesSkipped, propertiesFailed of the property tests
 */
public record Report(String backend, String testClass, List<RuleResult> rules, List<PropertyResult> properties,
                     Map<String, Integer> summary) {

    public Report {
        properties = properties == null ? List.of() : properties; // a report written before there were any
    }

    /** A report of rule tests alone. */
    public static Report of(String backend, String testClass, Map<String, List<TestOutcome>> byRule, RuleCatalogue catalogue) {
        return of(backend, testClass, byRule, Map.of(), catalogue);
    }

    /**
     * Folds the outcomes of each rule's tests into one row per catalogue rule. A rule passes when at least
     * one of its tests passed and none failed; it is skipped when every test was skipped, with their
     * reasons; it fails when any test failed; it was not run when no test of it ran. The invocations of each
     * property test in {@code byProperty} fold alike into one row per property test.
     */
    public static Report of(String backend, String testClass, Map<String, List<TestOutcome>> byRule,
                            Map<String, List<TestOutcome>> byProperty, RuleCatalogue catalogue) {
        List<RuleResult> rows = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            List<TestOutcome> tests = List.copyOf(byRule.getOrDefault(rule.id(), List.of()));
            rows.add(new RuleResult(rule.id(), rule.kind().name().toLowerCase(Locale.ROOT),
                    rule.capability().map(Enum::name).orElse(""), fold(tests), reason(tests), tests));
        }
        Map<String, Integer> summary = new LinkedHashMap<>();
        summary.put("requiredPassed", count(rows, "required", Result.PASS));
        summary.put("requiredTotal", (int) rows.stream().filter(r -> r.kind().equals("required")).count());
        summary.put("optionalPassed", count(rows, "optional", Result.PASS));
        summary.put("optionalTotal", (int) rows.stream().filter(r -> r.kind().equals("optional")).count());
        summary.put("skipped", (int) rows.stream().filter(r -> r.result() == Result.SKIP).count());
        summary.put("failed", (int) rows.stream().filter(r -> r.result() == Result.FAIL).count());
        summary.put("notRun", (int) rows.stream().filter(r -> r.result() == Result.NOT_RUN).count());
        List<PropertyResult> properties = new ArrayList<>();
        for (Map.Entry<String, List<TestOutcome>> e : new TreeMap<>(byProperty).entrySet()) {
            List<TestOutcome> tests = List.copyOf(e.getValue());
            if (!tests.isEmpty()) {
                properties.add(new PropertyResult(e.getKey(), fold(tests), reason(tests), tests));
            }
        }
        summary.put("propertiesPassed", (int) properties.stream().filter(p -> p.result() == Result.PASS).count());
        summary.put("propertiesTotal", properties.size());
        summary.put("propertiesSkipped", (int) properties.stream().filter(p -> p.result() == Result.SKIP).count());
        summary.put("propertiesFailed", (int) properties.stream().filter(p -> p.result() == Result.FAIL).count());
        return new Report(backend, testClass, rows, properties, summary);
    }

    private static Result fold(List<TestOutcome> tests) {
        if (tests.isEmpty()) {
            return Result.NOT_RUN;
        }
        if (tests.stream().anyMatch(o -> o.result() == Result.FAIL)) {
            return Result.FAIL;
        }
        return tests.stream().anyMatch(o -> o.result() == Result.PASS) ? Result.PASS : Result.SKIP;
    }

    private static String reason(List<TestOutcome> tests) {
        if (tests.isEmpty()) {
            return "no test of this rule ran";
        }
        Optional<TestOutcome> failed = tests.stream().filter(o -> o.result() == Result.FAIL).findFirst();
        if (failed.isPresent()) {
            return failed.get().test() + ": " + failed.get().reason();
        }
        if (tests.stream().anyMatch(o -> o.result() == Result.PASS)) {
            return tests.stream().filter(o -> o.result() == Result.SKIP).map(o -> o.test() + " skipped: " + o.reason())
                    .findFirst().orElse("");
        }
        return tests.get(0).reason();
    }

    private static int count(List<RuleResult> rows, String kind, Result result) {
        return (int) rows.stream().filter(r -> r.kind().equals(kind) && r.result() == result).count();
    }
}

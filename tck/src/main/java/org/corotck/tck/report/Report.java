package org.corotck.tck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corotck.spec.rules.Rule;
import org.corotck.spec.rules.RuleCatalogue;

/**
 * The conformance report of one TCK run against one backend, as written to
 * {@code conformance-<backend>.json}: plain data, read back by the reports module without JUnit.
 *
 * @param backend the backend's name
 * @param testClass the TCK class that ran
 * @param rules one row a rule of the catalogue, in catalogue order
 * @param summary counts: requiredPassed, requiredTotal, optionalPassed, optionalTotal, skipped, failed, notRun
 */
public record Report(String backend, String testClass, List<RuleResult> rules, Map<String, Integer> summary) {

    /**
     * Folds the outcomes of each rule's tests into one row per catalogue rule. A rule passes when at least
     * one of its tests passed and none failed; it is skipped when every test was skipped, with their
     * reasons; it fails when any test failed; it was not run when no test of it ran.
     */
    public static Report of(String backend, String testClass, Map<String, List<TestOutcome>> byRule, RuleCatalogue catalogue) {
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
        return new Report(backend, testClass, rows, summary);
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

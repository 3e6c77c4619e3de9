package org.corotck.tck.report;

import java.util.List;

/**
 * One row of a conformance report: a rule of the catalogue and what its tests gave.
 *
 * @param id the rule, {@code N.M}
 * @param kind {@code required} or {@code optional}
 * @param capability the capability an optional rule needs; empty for a required one
 * @param result the rule's result, folded from its tests' ({@link Report#of})
 * @param reason why it failed or was skipped; for a pass, the first skipped test's reason, if any
 * @param tests every outcome of the rule's tests
 */
public record RuleResult(String id, String kind, String capability, Result result, String reason, List<TestOutcome> tests) {}

package org.corotck.tck.report;

import java.util.List;

/**
 * One property test of a conformance report ({@code property_*}): a test that checks many rules at once on
 * whole programs (the CPython corpus, the reference model), so that it has no row of its own in the rule table.
 *
 * @param test the test method
 * @param result its result, folded from its invocations' as a rule's is ({@link Report#of})
 * @param reason the first failed invocation and the first line of its failure; for a skip, why
 * @param tests every outcome of its invocations
 */
public record PropertyResult(String test, Result result, String reason, List<TestOutcome> tests) {}

package org.corotck.tck;

import java.lang.reflect.Method;
import java.util.Optional;
import org.corotck.spec.rules.Rule;
import org.corotck.spec.rules.RuleCatalogue;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a rule test whose rule needs a capability the backend does not declare, read from the rule catalogue
 * (rules.tsv) by the id in the test's name, so that no test says which capability it needs: the catalogue
 * does. The skip's reason, which the conformance report shows, names the capability and the rule. The
 * absent case of a capability is a required rule of its own (11.3), which this never skips.
 */
public final class CapabilityCondition implements ExecutionCondition {
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.load();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        Optional<Object> instance = context.getTestInstance();
        if (method.isEmpty() || instance.isEmpty() || !(instance.get() instanceof TckContext tck)) {
            // a class, or a parameterized test before its invocations: each invocation is evaluated again
            return ConditionEvaluationResult.enabled("not a rule test with its backend");
        }
        Optional<Rule> rule = RuleIds.of(method.get()).flatMap(ref -> CATALOGUE.find(ref.id()));
        Optional<Capability> needed = rule.flatMap(Rule::capability);
        if (needed.isEmpty()) {
            return ConditionEvaluationResult.enabled("a required rule, or no rule");
        }
        String backend;
        try {
            if (tck.declares(needed.get())) {
                return ConditionEvaluationResult.enabled("backend declares " + needed.get());
            }
            backend = tck.backend().name();
        } catch (RuntimeException | Error noBackend) {
            return ConditionEvaluationResult.enabled("no backend to ask; the test reports why");
        }
        return ConditionEvaluationResult.disabled("backend " + backend + " does not declare " + needed.get()
                + ", the capability of optional rule " + rule.get().id());
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corotck.spec.rules.Rule;
import org.corotck.spec.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The catalogue self-check: every rule of SPEC.md has a test in {@link CoroutineTck} whose name carries its
 * id and kind, and every test there names a rule that exists, with the right kind. The one exception is
 * {@code property_*}: model-based properties that check many rules at once against the reference model.
 */
class RuleCoverageTest {

    static List<Method> tckTests() {
        return Arrays.stream(CoroutineTck.class.getMethods())
                .filter(m -> AnnotationSupport.isAnnotated(m, Testable.class))
                .toList();
    }

    @Test
    void everyRuleHasANamedTest() {
        Map<String, List<String>> testsByRule = new TreeMap<>();
        for (Method m : tckTests()) {
            RuleIds.of(m).ifPresent(ref -> testsByRule.computeIfAbsent(ref.id(), k -> new ArrayList<>()).add(m.getName()));
        }
        List<String> untested = RuleCatalogue.load().rules().stream()
                .map(Rule::id).filter(id -> !testsByRule.containsKey(id)).toList();
        assertEquals(List.of(), untested, "SPEC.md rules without a test named after them in CoroutineTck");
    }

    @Test
    void everyTestNamesAnExistingRuleWithItsKind() {
        RuleCatalogue catalogue = RuleCatalogue.load();
        TreeSet<String> problems = new TreeSet<>();
        for (Method m : tckTests()) {
            var ref = RuleIds.of(m);
            if (ref.isEmpty() && m.getName().startsWith("property_")) {
                continue; // model-based properties check many rules at once against the reference model
            }
            if (ref.isEmpty()) {
                problems.add(m.getName() + ": the name carries no rule (required_N_M_... or optional_N_M_...)");
                continue;
            }
            var rule = catalogue.find(ref.get().id());
            if (rule.isEmpty()) {
                problems.add(m.getName() + ": SPEC.md has no rule " + ref.get().id());
            } else if (rule.get().kind() != ref.get().kind()) {
                problems.add(m.getName() + ": rule " + ref.get().id() + " is " + rule.get().kind() + " in SPEC.md");
            }
        }
        assertEquals(List.of(), List.copyOf(problems), "CoroutineTck tests that name no rule, a missing rule, or the wrong kind");
    }

    @Test
    void theTckHasTests() {
        // Guards the two checks above against passing vacuously, should the reflection find nothing.
        assertEquals(true, tckTests().size() >= RuleCatalogue.load().size() / 2, "found " + tckTests().size() + " tests");
    }
}

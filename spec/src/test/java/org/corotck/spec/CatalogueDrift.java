package org.corotck.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corotck.spec.rules.Rule;
import org.corotck.spec.rules.RuleCatalogue;

/** Compares SPEC.md's rules with the catalogue's: same ids, same kind, same capability. */
final class CatalogueDrift {
    private CatalogueDrift() {}

    /** Every difference, one sentence each; empty when the two agree. */
    static List<String> between(List<SpecMarkdown.SpecRule> spec, RuleCatalogue catalogue) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SpecMarkdown.SpecRule s : spec) {
            if (!seen.add(s.id())) {
                problems.add("SPEC.md lists rule " + s.id() + " twice");
                continue;
            }
            var rule = catalogue.find(s.id());
            if (rule.isEmpty()) {
                problems.add("rule " + s.id() + " is in SPEC.md but not in the catalogue rules.tsv");
                continue;
            }
            Rule r = rule.get();
            String kind = r.kind().name().toLowerCase(java.util.Locale.ROOT);
            String capability = r.capability().map(Enum::name).orElse("-");
            if (!kind.equals(s.kind()) || !capability.equals(s.capability())) {
                problems.add("rule " + s.id() + " is " + s.kind() + "/" + s.capability() + " in SPEC.md but "
                        + kind + "/" + capability + " in rules.tsv");
            }
        }
        for (Rule r : catalogue.rules()) {
            if (!seen.contains(r.id())) {
                problems.add("rule " + r.id() + " is in rules.tsv but not in SPEC.md");
            }
        }
        return problems;
    }
}

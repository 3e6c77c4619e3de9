package org.corotck.tck;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corotck.spec.rules.Rule;

/**
 * Reads the rule a test verifies from its name, Reactive Streams TCK style:
 * {@code required_7_6_closeThatYieldsIsIgnored} verifies required rule 7.6.
 */
public final class RuleIds {
    private static final Pattern NAME = Pattern.compile("^(required|optional)_(\\d+)_(\\d+)_\\w+$");

    /** A rule reference parsed from a test name. */
    public record RuleRef(String id, Rule.Kind kind) {}

    private RuleIds() {}

    public static Optional<RuleRef> of(String methodName) {
        Matcher m = NAME.matcher(methodName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Rule.Kind kind = m.group(1).equals("required") ? Rule.Kind.REQUIRED : Rule.Kind.OPTIONAL;
        return Optional.of(new RuleRef(m.group(2) + "." + m.group(3), kind));
    }

    public static Optional<RuleRef> of(Method method) {
        return of(method.getName());
    }

    /** The rule id of a test method, or its plain name for tests that verify no single rule. */
    public static String describe(Method method) {
        return of(method).map(RuleRef::id).orElse(method.getName());
    }
}

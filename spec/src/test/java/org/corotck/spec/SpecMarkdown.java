package org.corotck.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the rule rows out of SPEC.md: {@code | id | kind | ...}, kind "required" or "optional (CAPABILITY)". */
final class SpecMarkdown {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+\\.\\d+)\\s*\\|\\s*(required|optional)(?:\\s*\\((\\w+)\\))?\\s*\\|");

    record SpecRule(String id, String kind, String capability) {}

    private SpecMarkdown() {}

    static List<SpecRule> rules(String markdown) {
        List<SpecRule> rules = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rules.add(new SpecRule(m.group(1), m.group(2), m.group(3) == null ? "-" : m.group(3)));
            }
        }
        return rules;
    }
}

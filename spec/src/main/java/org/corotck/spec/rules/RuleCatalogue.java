package org.corotck.spec.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corotck.spec.spi.Capability;

/**
 * The machine-readable list of SPEC.md's rules ({@code org/corotck/spec/rules.tsv}): what the TCK checks
 * that every rule has a test, and what the conformance report lists. One line a rule:
 * {@code id TAB kind TAB capability-or-dash TAB text}; lines starting with {@code #} are comments.
 */
public final class RuleCatalogue {
    public static final String RESOURCE = "/org/corotck/spec/rules.tsv";

    private final Map<String, Rule> rules;

    private RuleCatalogue(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** The catalogue that ships with this version of the spec. */
    public static RuleCatalogue load() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule catalogue " + RESOURCE + " is not on the class path");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue in the TSV form; fails on a malformed line or a repeated id, naming the line. */
    public static RuleCatalogue parse(Reader source) throws IOException {
        Map<String, Rule> rules = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException("rules.tsv line " + lineNumber + ": expected 4 tab-separated cells, got " + cells.length);
            }
            Rule.Kind kind = Rule.Kind.valueOf(cells[1].trim().toUpperCase(Locale.ROOT));
            Optional<Capability> capability = cells[2].trim().equals("-")
                    ? Optional.empty()
                    : Optional.of(Capability.valueOf(cells[2].trim()));
            Rule rule = new Rule(cells[0].trim(), kind, capability, cells[3].trim());
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("rules.tsv line " + lineNumber + ": rule " + rule.id() + " listed twice");
            }
        }
        return new RuleCatalogue(rules);
    }

    /** All rules, in section and rule order. */
    public List<Rule> rules() {
        List<Rule> sorted = new ArrayList<>(rules.values());
        sorted.sort(Comparator.comparingInt(Rule::section).thenComparingInt(Rule::number));
        return sorted;
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rule with this id; fails clearly for an id the spec does not have. */
    public Rule get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("SPEC.md has no rule " + id));
    }

    public int size() {
        return rules.size();
    }
}

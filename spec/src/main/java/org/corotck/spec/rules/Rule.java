package org.corotck.spec.rules;

import java.util.Objects;
import java.util.Optional;
import org.corotck.spec.spi.Capability;

/**
 * One rule of SPEC.md, as the catalogue lists it.
 *
 * @param id         {@code N.M}, section and rule
 * @param kind       required or optional
 * @param capability for an optional rule, the capability a backend declares to be held to it
 * @param text       a one-line statement of the rule
 */
public record Rule(String id, Kind kind, Optional<Capability> capability, String text) {

    public enum Kind { REQUIRED, OPTIONAL }

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(text, "text");
        if (!id.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException("rule id must be N.M: " + id);
        }
        if ((kind == Kind.OPTIONAL) != capability.isPresent()) {
            throw new IllegalArgumentException("rule " + id + ": an optional rule names one capability, a required rule none");
        }
    }

    /** The section number: {@code 7} for rule {@code 7.3}. */
    public int section() {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }

    /** The rule number within its section: {@code 3} for rule {@code 7.3}. */
    public int number() {
        return Integer.parseInt(id.substring(id.indexOf('.') + 1));
    }
}

package org.corotck.benchmarks.harness;

import java.util.Map;
import java.util.TreeMap;

/**
 * One benchmark with all its params fixed: one JVM fork of it per round.
 *
 * @param benchmark {@code Class.method} within {@code org.corotck.benchmarks}
 * @param params every param, so that the pair is exactly one JMH benchmark
 * @param group the members that run back to back in a round: a raw mechanism and what is measured against it
 * @param reference the key of the raw mechanism this member is measured against, or null
 */
public record Member(String benchmark, Map<String, String> params, String group, String reference) {
    public static final String PACKAGE = "org.corotck.benchmarks.";

    public Member {
        params = new TreeMap<>(params); // JMH writes params sorted by name; keys must read the same
    }

    /** {@code Class.method k=v ...}, as the reports read it back from the JSON. */
    public String key() {
        StringBuilder b = new StringBuilder(benchmark);
        params.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }

    public String fullName() {
        return PACKAGE + benchmark;
    }
}

package org.corotck.tck.programs;

import java.util.List;

/**
 * A compiled program: each function's instructions and how many loop counters it needs.
 *
 * @param functions instructions per function, main first
 * @param counters loop counter slots per function
 */
public record Code(List<List<Instr>> functions, int[] counters) {
    public Code {
        functions = functions.stream().map(List::copyOf).toList();
        counters = counters.clone();
    }
}

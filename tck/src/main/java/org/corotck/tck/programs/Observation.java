package org.corotck.tck.programs;

import java.util.List;
import org.corotck.spec.State;

/**
 * One step of a run: the operation, its outcome, the state after it and the log entries it added.
 * CPython's recorded steps and Java's observed ones are both of this type, so a replay is {@code equals}.
 */
public record Observation(Operation operation, Outcome outcome, State state, List<String> log) {
    public Observation {
        log = List.copyOf(log);
    }

    @Override
    public String toString() {
        return operation + " -> " + outcome + ", " + state + ", log " + log;
    }
}

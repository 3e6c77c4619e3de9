package org.corotck.statemachine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.Test;

/** What is particular to backend {@code state-machine}; StateMachineTckTest checks every rule. */
class StateMachineBackendTest {
    /**
     * The TCK checks every claim a backend makes, but cannot require one: a dropped claim would only turn
     * rule 11.4 or 10.1 from "pass" to "skipped" in the conformance report. This backend runs every step on the
     * caller's thread and finalizes abandoned coroutines (issue 15), and says so; it is not stackful.
     */
    @Test
    void claimsToRunOnTheCallersThreadAndToFinalizeAndNothingElse() {
        assertEquals(Set.of(Capability.RUNS_ON_CALLER_THREAD, Capability.FINALIZES_ABANDONED),
                new StateMachineBackend().capabilities());
    }
}

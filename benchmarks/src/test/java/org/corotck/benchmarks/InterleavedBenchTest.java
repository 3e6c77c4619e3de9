package org.corotck.benchmarks;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The members of a shared fork take turns in the order given, iteration by iteration, from the first warm-up on. */
class InterleavedBenchTest {
    @Test
    void iterationIRunsMemberIModK() {
        InterleavedBench b = new InterleavedBench();
        b.members = "Baselines.parkUnparkPlatformCaller partner=platform wait=spin;"
                + "CoroutineBench.send backend=state-machine form=machine;"
                + "CoroutineBench.delegationDepth10 backend=state-machine form=machine";
        b.setUp();
        try {
            for (int i = 0; i < 7; i++) {
                b.nextTurn();
                assertSame(b.turns[i % 3], b.current, "iteration " + i);
                assertTrue(b.turn() > 0, "the member runs");
            }
        } finally {
            b.tearDown();
        }
    }

    @Test
    void aMemberThatCannotTakeTurnsFailsTheSetUpWithItsKey() {
        InterleavedBench b = new InterleavedBench();
        b.members = "CoroutineBench.send backend=state-machine form=machine;ManyLiveBench.roundRobinSend backend=threads live=1";
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, b::setUp);
        assertTrue(e.getMessage().contains("'ManyLiveBench.roundRobinSend backend=threads live=1'"), e.getMessage());
    }
}

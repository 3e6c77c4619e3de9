package org.corotck.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The round runner's time budget: whole rounds, never fewer than a 95% interval needs, none past the budget. */
class RoundsTest {
    static Rounds parsed(String... args) {
        Rounds rounds = new Rounds();
        new CommandLine(rounds).parseArgs(args);
        return rounds;
    }

    @Test
    void withoutABudgetEveryRoundRuns() {
        Rounds r = parsed("-o", "out.json");
        assertTrue(r.roundFits(11, 1e6, 1e6));
    }

    @Test
    void theFirstSixRoundsRunWhateverTheBudget() {
        Rounds r = parsed("-o", "out.json", "--budget", "10");
        for (int round = 0; round < Rounds.MIN_ROUNDS; round++) {
            assertTrue(r.roundFits(round, 500, 50), "round " + round);
        }
        assertFalse(r.roundFits(Rounds.MIN_ROUNDS, 500, 50));
    }

    @Test
    void aRoundStartsOnlyIfOneAsLongAsTheLongestSoFarEndsWithinTheBudget() {
        Rounds r = parsed("-o", "out.json", "--budget", "470");
        assertTrue(r.roundFits(8, 420, 50), "420 + 50 s ends at the budget");
        assertFalse(r.roundFits(9, 435, 50), "435 + 50 s would end 15 s after it");
    }
}

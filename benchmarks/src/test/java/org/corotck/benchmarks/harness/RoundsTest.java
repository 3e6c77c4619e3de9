package org.corotck.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The round runner's time budget (whole rounds, never fewer than a 95% interval needs, none past the budget),
 * and its bad arguments: one line and exit 2 before any fork starts.
 */
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

    @Test
    void aBadArgumentIsOneLineAndExitTwoBeforeAnyFork(@TempDir Path dir) {
        Path out = dir.resolve("out.json");
        for (List<String> args : List.of(List.of("--profile", "bogus"), List.of("--backends", "nope"), List.of("--only", "("))) {
            PrintStream err = System.err;
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code;
            try {
                List<String> all = new java.util.ArrayList<>(args);
                all.addAll(List.of("-o", out.toString()));
                code = new CommandLine(new Rounds()).execute(all.toArray(String[]::new));
            } finally {
                System.setErr(err);
            }
            String text = e.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, args + ": " + text);
            assertEquals(1, text.strip().lines().count(), args + ": one line: " + text);
            assertTrue(text.startsWith("rounds: " + args.get(0)), args + ": " + text);
            assertFalse(Files.exists(out), "nothing written");
        }
    }
}

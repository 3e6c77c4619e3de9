package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's self-test judges made-up runs as the real ones would be judged. */
class SelfTestTest {
    @Test
    void passesOnSameRunsAndAFlaggedSlowdown(@TempDir Path dir) throws Exception {
        Random random = new Random(31);
        Run a1 = Run.read(ComparisonTest.run(random, 1, 12).write(dir.resolve("a1.json")));
        Run a2 = Run.read(ComparisonTest.run(random, 1, 12).write(dir.resolve("a2.json")));
        Run b = Run.read(ComparisonTest.run(random, 1.15, 12).slowed("continuation:0.15").write(dir.resolve("b.json")));
        SelfTest t = new SelfTest(a1, a2, b, 0.05);
        assertTrue(t.passed(), t.summary());
        assertTrue(t.markdown().contains("PASS"));
    }

    @Test
    void failsWhenTheSlowdownIsNotSeen(@TempDir Path dir) throws Exception {
        Random random = new Random(32);
        Run a1 = Run.read(ComparisonTest.run(random, 1, 12).write(dir.resolve("a1.json")));
        Run a2 = Run.read(ComparisonTest.run(random, 1, 12).write(dir.resolve("a2.json")));
        Run b = Run.read(ComparisonTest.run(random, 1.0, 12).slowed("continuation:0.15").write(dir.resolve("b.json")));
        SelfTest t = new SelfTest(a1, a2, b, 0.05);
        assertFalse(t.abPassed(), t.summary());
    }

    @Test
    void refusesAnUnslowedB(@TempDir Path dir) throws Exception {
        Random random = new Random(33);
        Run a = Run.read(ComparisonTest.run(random, 1, 12).write(dir.resolve("a.json")));
        assertThrows(BadInputException.class, () -> new SelfTest(a, a, a, 0.05));
    }
}

package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Random;
import org.corotck.analysis.BadInputException;
import org.corotck.analysis.Run;
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

    /** "Nothing else is flagged": a significant improvement of a row that was not slowed is a false flag too. */
    @Test
    void anImprovementOfAnotherRowFailsTheAB(@TempDir Path dir) throws Exception {
        Random random = new Random(34);
        double[] raw = JmhFiles.forks(random, 12, 100, 0.03);
        double[] send = JmhFiles.forks(random, 12, 130, 0.03);
        double[] machine = JmhFiles.forks(random, 12, 17, 0.03);
        Run a1 = Run.read(threeSeries(raw, send, machine).write(dir.resolve("a1.json")));
        Run a2 = Run.read(ComparisonTest.run(random, 1, 12).write(dir.resolve("a2.json")));
        // B: the raw mechanism exactly as in A1, the slowed sends 15% dearer, the state machine 30% faster
        Run b = Run.read(threeSeries(raw, JmhFiles.scaled(send, 1.15), JmhFiles.scaled(machine, 0.7))
                .slowed("continuation:0.15").write(dir.resolve("b.json")));
        SelfTest t = new SelfTest(a1, a2, b, 0.05);
        assertEquals(1.0, t.abFlaggedShare(), t.summary());
        assertEquals(1, t.abFlaggedElsewhere(), t.summary());
        assertFalse(t.abPassed(), t.summary());
    }

    private static JmhFiles threeSeries(double[] raw, double[] send, double[] machine) {
        return new JmhFiles()
                .add(JmhFiles.Spec.of(ComparisonTest.RAW, "", raw))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=continuation form=machine", send).against(ComparisonTest.RAW))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=state-machine form=machine", machine));
    }

    @Test
    void refusesAnUnslowedB(@TempDir Path dir) throws Exception {
        Random random = new Random(33);
        Run a = Run.read(ComparisonTest.run(random, 1, 12).write(dir.resolve("a.json")));
        assertThrows(BadInputException.class, () -> new SelfTest(a, a, a, 0.05));
    }

    /** Arms of one interleaved job: the report says they ran interleaved, and with which placebo. */
    @Test
    void armsOfOneJobSaySo(@TempDir Path dir) throws Exception {
        Random random = new Random(35);
        Run a1 = Run.read(ComparisonTest.run(random, 1, 12).arm("a1").placebo("------------:0.15").write(dir.resolve("a1.json")));
        Run a2 = Run.read(ComparisonTest.run(random, 1, 12).arm("a2").placebo("------------:0.15").write(dir.resolve("a2.json")));
        Run b = Run.read(ComparisonTest.run(random, 1.15, 12).arm("b").slowed("continuation:0.15").write(dir.resolve("b.json")));
        SelfTest t = new SelfTest(a1, a2, b, 0.05);
        assertTrue(t.passed(), t.summary());
        assertTrue(t.interleaved());
        assertTrue(t.markdown().contains("interleaved arms"), t.markdown());
        assertTrue(t.markdown().contains("placebo, `corotck.bench.slowdown=------------:0.15`"), t.markdown());
    }
}

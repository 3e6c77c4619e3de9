package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.corotck.analysis.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare on runs whose answer is known: the same distributions, a 15% slowdown, too few forks, absent series. */
class ComparisonTest {
    static final String RAW = "Baselines.rawContinuation";
    static final String SEND = "CoroutineBench.send backend=continuation form=machine";

    static JmhFiles run(Random random, double sendFactor, int forks) {
        double[] raw = JmhFiles.forks(random, forks, 100, 0.03);
        double[] send = JmhFiles.forks(random, forks, 130, 0.03);
        return new JmhFiles()
                .add(JmhFiles.Spec.of("Baselines.rawContinuation", "", raw))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=continuation form=machine",
                        JmhFiles.scaled(send, sendFactor)).against(RAW))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=state-machine form=machine",
                        JmhFiles.forks(random, forks, 17, 0.03)));
    }

    static Comparison compare(Path dir, JmhFiles a, JmhFiles b) throws Exception {
        return new Comparison(Run.read(a.write(dir.resolve("a.json"))), Run.read(b.write(dir.resolve("b.json"))), 0.05);
    }

    static Comparison.Row row(Comparison c, String key) {
        return c.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void theSameCodeTwiceIsTildeEverywhere(@TempDir Path dir) throws Exception {
        Random random = new Random(1);
        Comparison c = compare(dir, run(random, 1, 12), run(random, 1, 12));
        assertEquals(4, c.rows().size(), "three series and one ratio to the raw mechanism");
        for (Comparison.Row r : c.rows()) {
            assertEquals(Comparison.Status.COMPARED, r.status(), r.key());
            assertEquals("~", r.verdictText(), r.key() + " p=" + r.p());
        }
        assertFalse(c.anyRegression());
    }

    @Test
    void aFifteenPercentSlowdownIsARegressionWithItsInterval(@TempDir Path dir) throws Exception {
        Random random = new Random(2);
        Comparison c = compare(dir, run(random, 1, 12), run(random, 1.15, 12));
        Comparison.Row send = row(c, SEND);
        assertTrue(send.regression(), send.verdictText());
        assertTrue(send.change().low() > 1.05 && send.change().high() < 1.25, send.change().toString());
        assertTrue(send.verdictText().startsWith("+1"), send.verdictText());
        assertTrue(row(c, SEND + " ÷ " + RAW).regression(), "the ratio to the raw mechanism moved too");
        assertEquals("~", row(c, RAW).verdictText(), "the raw mechanism did not move");
        assertEquals("~", row(c, "CoroutineBench.send backend=state-machine form=machine").verdictText());
        assertTrue(c.anyRegression());
    }

    @Test
    void aSpeedUpIsShownAndIsNoRegression(@TempDir Path dir) throws Exception {
        Random random = new Random(3);
        Comparison c = compare(dir, run(random, 1, 12), run(random, 0.8, 12));
        Comparison.Row send = row(c, SEND);
        assertTrue(send.improvement(), send.verdictText());
        assertTrue(send.verdictText().startsWith("-2"), send.verdictText());
        assertFalse(c.anyRegression());
    }

    /** A run of the same code on a machine that became {@code factor} slower: every series, raw ones too. */
    static JmhFiles drifted(Random random, double factor, double sendFactor, int forks) {
        double[] raw = JmhFiles.forks(random, forks, 100, 0.03);
        double[] send = JmhFiles.forks(random, forks, 130, 0.03);
        return new JmhFiles()
                .add(JmhFiles.Spec.of("Baselines.rawContinuation", "", JmhFiles.scaled(raw, factor)))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=continuation form=machine",
                        JmhFiles.scaled(send, factor * sendFactor)).against(RAW))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=state-machine form=machine",
                        JmhFiles.scaled(JmhFiles.forks(random, forks, 17, 0.03), factor)));
    }

    @Test
    void ratiosOnlyJudgesTheOverheadNotTheMachinesDrift(@TempDir Path dir) throws Exception {
        Random random = new Random(6);
        JmhFiles base = run(random, 1, 12);
        JmhFiles slowerMachine = drifted(random, 1.08, 1, 12);
        Run a = Run.read(base.write(dir.resolve("a.json")));
        Run b = Run.read(slowerMachine.write(dir.resolve("b.json")));
        assertTrue(new Comparison(a, b, 0.05).anyRegression(), "every time moved 8%: flagged when times are judged");
        Comparison ratios = new Comparison(a, b, 0.05, true);
        assertFalse(ratios.anyRegression(), "the overhead did not move: " + ratios.markdown());
        assertEquals("~", row(ratios, SEND + " ÷ " + RAW).verdictText());
        Comparison.Row time = row(ratios, SEND);
        assertEquals(Comparison.Status.SHOWN, time.status());
        assertTrue(time.change().low() < 1.08 && 1.08 < time.change().high(), "the drift shown: " + time.verdictText());
        assertTrue(time.verdictText().endsWith("(not judged: a time)"), time.verdictText());
        assertTrue(ratios.markdown().contains("3 times shown, not judged"), ratios.markdown());
        assertTrue(ratios.markdown().contains("with one control, whether evenly is not known"), ratios.markdown());
        assertTrue(ratios.machine().warning(true).contains("with one control whether evenly is not known"),
                ratios.machine().warning(true));

        Run slowedToo = Run.read(drifted(random, 1.08, 1.15, 12).write(dir.resolve("c.json")));
        Comparison.Row overhead = row(new Comparison(a, slowedToo, 0.05, true), SEND + " ÷ " + RAW);
        assertTrue(overhead.regression(), "a send 15% slower on the drifted machine: " + overhead.verdictText());
    }

    static final String CALL = "Baselines.handWrittenCall";
    static final String BOXED = "Baselines.handWrittenBoxed";
    static final String SM_SEND = "CoroutineBench.send backend=state-machine form=machine";

    /**
     * The caller's-thread group on a machine that slows the allocation-free call by {@code callFactor}, the boxed
     * call (the send's raw mechanism) by {@code boxedFactor} and the send by {@code sendFactor}: the same code on a
     * noisy hour slows them unevenly (README, "The machine check": the call 13%, the boxed call 45%).
     */
    static JmhFiles callerThread(Random random, double callFactor, double boxedFactor, double sendFactor) {
        return new JmhFiles()
                .add(JmhFiles.Spec.of(CALL, "", JmhFiles.scaled(JmhFiles.forks(random, 12, 3.5, 0.01), callFactor)))
                .add(JmhFiles.Spec.of(BOXED, "", JmhFiles.scaled(JmhFiles.forks(random, 12, 3.8, 0.02), boxedFactor)))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=state-machine form=machine",
                        JmhFiles.scaled(JmhFiles.forks(random, 12, 9.5, 0.02), sendFactor)).against(BOXED));
    }

    static Comparison compare(Path dir, JmhFiles a, JmhFiles b, boolean ratiosOnly) throws Exception {
        return new Comparison(Run.read(a.write(dir.resolve("a.json"))), Run.read(b.write(dir.resolve("b.json"))), 0.05, ratiosOnly);
    }

    @Test
    void theMachineCheckFindsAlikeMachinesAlike(@TempDir Path dir) throws Exception {
        Random random = new Random(21);
        Comparison c = compare(dir, callerThread(random, 1, 1, 1), callerThread(random, 1, 1, 1), true);
        assertEquals(List.of(CALL, BOXED), c.machine().controls().stream().map(MachineCheck.Control::key).toList(),
                "the series without a backend are the controls, the send is not");
        assertFalse(c.machine().moved());
        assertFalse(c.machine().uneven());
        assertEquals("", c.machine().warning(true));
        assertEquals("", c.machine().warning(false));
        assertTrue(c.markdown().contains("the machine was alike as far as they tell"), c.markdown());
    }

    /** The false regression of 2026-12-03, 10:31 against 12:20, unchanged code: the check tells it. */
    @Test
    void anUnevenlySlowerMachineIsNamedBesideTheRatioItMoved(@TempDir Path dir) throws Exception {
        Random random = new Random(22);
        Comparison c = compare(dir, callerThread(random, 1, 1, 1), callerThread(random, 1.12, 1.44, 1.60), true);
        assertTrue(row(c, SM_SEND + " ÷ " + BOXED).regression(), "the ratio moved 11%: " + c.markdown());
        assertTrue(c.machine().uneven(), c.markdown());
        assertEquals(List.of(CALL, BOXED), c.machine().movers().stream().map(MachineCheck.Control::key).toList());
        assertTrue(c.markdown().contains("**The machine differed unevenly** between the runs: `" + BOXED + "` +4"), c.markdown());
        assertTrue(c.markdown().contains("against `" + CALL + "` +1"), c.markdown());
        assertTrue(c.machine().warning(true).startsWith("the machine differed unevenly between the runs (" + BOXED + " +4"),
                c.machine().warning(true));
    }

    /** Any two controls apart make the machine uneven, not only the most and the least changed. */
    @Test
    void twoControlsApartAreFoundBesideAWideOne(@TempDir Path dir) throws Exception {
        Random random = new Random(26);
        JmhFiles base = callerThread(random, 1, 1, 1)
                .add(JmhFiles.Spec.of("Baselines.rawContinuation", "", JmhFiles.forks(random, 12, 100, 0.02)));
        double[] scattered = {50, 60, 70, 90, 120, 140, 150, 160, 200, 250, 300, 400}; // about 1.45x, the interval wide
        JmhFiles next = callerThread(random, 1, 1.25, 1.25)
                .add(JmhFiles.Spec.of("Baselines.rawContinuation", "", scattered));
        Comparison c = compare(dir, base, next, false);
        MachineCheck.Control wide = c.machine().controls().stream().filter(k -> k.key().equals(RAW)).findFirst().orElseThrow();
        assertTrue(wide.change().value() > 1.25 && wide.change().low() < 1.0, "the widest changed most, its interval"
                + " overlapping the call's: " + wide.change());
        assertTrue(c.machine().uneven(), c.markdown());
        assertTrue(c.markdown().contains("**The machine differed unevenly** between the runs: `" + BOXED + "`"), c.markdown());
        assertTrue(c.markdown().contains("so a time's or a ratio's change below may be the machine's"), c.markdown());
    }

    @Test
    void anEvenlySlowerMachineWarnsOnTimesOnly(@TempDir Path dir) throws Exception {
        Random random = new Random(23);
        Comparison times = compare(dir, callerThread(random, 1, 1, 1), callerThread(random, 1.2, 1.2, 1.2), false);
        assertTrue(times.machine().moved());
        assertFalse(times.machine().uneven(), times.markdown());
        assertTrue(times.markdown().contains("**The machine differed** between the runs"), times.markdown());
        assertTrue(times.machine().warning(false).contains("judge the ratios (--ratios-only)"), times.machine().warning(false));
        Comparison ratios = compare(dir, callerThread(random, 1, 1, 1), callerThread(random, 1.2, 1.2, 1.2), true);
        assertEquals("~", row(ratios, SM_SEND + " ÷ " + BOXED).verdictText(), ratios.markdown());
        assertEquals("", ratios.machine().warning(true), "an even change leaves the ratios alone");
        assertTrue(ratios.markdown().contains("evenly as far as the controls tell"), ratios.markdown());
    }

    @Test
    void withoutControlsTheMachineCheckSaysItCannotTell(@TempDir Path dir) throws Exception {
        JmhFiles mine = new JmhFiles().add(JmhFiles.Spec.of("CoroutineBench.send", "backend=mine form=machine",
                JmhFiles.forks(new Random(24), 12, 40, 0.02)));
        Comparison c = compare(dir, mine, mine);
        assertTrue(c.machine().controls().isEmpty());
        assertTrue(c.markdown().contains("whether the machine changed is unknown"), c.markdown());
    }

    @Test
    void fewerThanSixForksAreNotJudged(@TempDir Path dir) throws Exception {
        Random random = new Random(4);
        Comparison c = compare(dir, run(random, 1, 3), run(random, 2, 3));
        Comparison.Row send = row(c, SEND);
        assertEquals(Comparison.Status.TOO_FEW, send.status());
        assertTrue(send.verdictText().contains("too few forks"), send.verdictText());
        assertFalse(c.anyRegression(), "a 2x change on three forks is not judged: run more rounds");
    }

    @Test
    void seriesInOneRunOnlyAreListedAsSuch(@TempDir Path dir) throws Exception {
        Random random = new Random(5);
        JmhFiles a = run(random, 1, 8).add(JmhFiles.Spec.of("CoroutineBench.throwInto", "backend=threads form=machine",
                JmhFiles.forks(random, 8, 900, 0.05)));
        JmhFiles b = run(random, 1, 8).add(JmhFiles.Spec.of("CoroutineBench.send", "backend=mine form=machine",
                JmhFiles.forks(random, 8, 50, 0.05)));
        Comparison c = compare(dir, a, b);
        assertEquals(Comparison.Status.ONLY_BASE, row(c, "CoroutineBench.throwInto backend=threads form=machine").status());
        assertEquals(Comparison.Status.ONLY_NEW, row(c, "CoroutineBench.send backend=mine form=machine").status());
        String md = c.markdown();
        assertTrue(md.contains("only in the base") && md.contains("only in the new run"), md);
    }

    /** The per-round ratio pairs forks by round: a machine state that moves both alike leaves it unmoved. */
    @Test
    void aMachineStateShiftMovesTimesButNotTheRatio(@TempDir Path dir) throws Exception {
        Random random = new Random(6);
        double[] raw = JmhFiles.forks(random, 12, 1000, 0.03);
        double[] send = new double[12];
        double[] rawSlowMode = raw.clone();
        double[] sendSlowMode = new double[12];
        for (int i = 0; i < 12; i++) {
            send[i] = raw[i] * 1.05 * Math.exp(0.01 * random.nextGaussian());
            rawSlowMode[i] = raw[i] * 5;
            sendSlowMode[i] = send[i] * 5;
        }
        String pp = "Baselines.parkUnparkPlatformCaller partner=platform wait=spin";
        JmhFiles a = new JmhFiles().add(JmhFiles.Spec.of("Baselines.parkUnparkPlatformCaller", "partner=platform wait=spin", raw))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=threads form=machine", send).against(pp));
        JmhFiles b = new JmhFiles().add(JmhFiles.Spec.of("Baselines.parkUnparkPlatformCaller", "partner=platform wait=spin", rawSlowMode))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=threads form=machine", sendSlowMode).against(pp));
        Comparison c = compare(dir, a, b);
        assertTrue(row(c, "CoroutineBench.send backend=threads form=machine").significant());
        assertEquals("~", row(c, "CoroutineBench.send backend=threads form=machine ÷ " + pp).verdictText());
    }

    /** A series sampled in one run and timed on average in the other is two statistics: one row each, not a change. */
    @Test
    void aSeriesMeasuredInAnotherModeIsNotComparedWithItself(@TempDir Path dir) throws Exception {
        Random random = new Random(4);
        Path a = run(random, 1, 12).write(dir.resolve("a.json"));
        Path b = run(random, 1, 12).write(dir.resolve("b.json"));
        String text = java.nio.file.Files.readString(b);
        int second = text.indexOf("\"avgt\"", text.indexOf("\"avgt\"") + 1); // the continuation send's entry
        java.nio.file.Files.writeString(b, text.substring(0, second) + "\"sample\"" + text.substring(second + 6));
        Comparison c = new Comparison(Run.read(a), Run.read(b), 0.05);
        assertEquals(Comparison.Status.ONLY_BASE, row(c, SEND).status());
        assertEquals(Comparison.Status.ONLY_NEW, row(c, SEND + " (sample)").status());
        assertFalse(c.anyRegression());
    }
}

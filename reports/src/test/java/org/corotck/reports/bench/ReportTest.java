package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.corotck.analysis.HeadlineRatio;
import org.corotck.analysis.Run;
import org.corotck.reports.ReportsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a made-up run: verdicts follow the intervals, every backend present is shown, charts carry text. */
class ReportTest {
    static Target target(String kind, String of, String to, double bound) {
        return new Target("t", kind, of, to, bound, true, "12", "made-up target", "");
    }

    static Run sample(Path dir) throws Exception {
        Random random = new Random(42);
        return Run.read(ComparisonTest.run(random, 1, 12)
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=mine form=stackful",
                        JmhFiles.forks(random, 12, 40, 0.02)))
                .write(dir.resolve("run.json")));
    }

    @Test
    void verdictsComeFromTheWholeInterval(@TempDir Path dir) throws Exception {
        Run run = sample(dir);
        String of = ComparisonTest.SEND;
        String to = ComparisonTest.RAW;
        assertEquals(Verdict.MET, Judgement.judge(target("ratio", of, to, 1.5), run, SideMeasurements.none()).verdict(),
                "1.3x with a ~3% interval is within 1.5x");
        assertEquals(Verdict.NOT_MET, Judgement.judge(target("ratio", of, to, 1.1), run, SideMeasurements.none()).verdict());
        assertEquals(Verdict.UNDECIDED, Judgement.judge(target("ratio", of, to, 1.3), run, SideMeasurements.none()).verdict(),
                "a bound inside the interval decides nothing");
        assertEquals(Verdict.NOT_MEASURED, Judgement.judge(target("ratio", "CoroutineBench.send backend=x form=y", to, 2),
                run, SideMeasurements.none()).verdict());
    }

    @Test
    void theReportSaysHowCalmTheMachineWas(@TempDir Path dir) throws Exception {
        var cpy = new SideMeasurements.CPython("Python 3.13.0", new double[] {100, 101, 102, 103, 104, 200, 99});
        var side = new SideMeasurements(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Optional.of(cpy));
        double[] spreads = new double[2];
        for (int i = 0; i < 2; i++) {
            Random random = new Random(5);
            Run run = Run.read(ComparisonTest.run(random, 1, 12)
                    .add(JmhFiles.Spec.of("Baselines.handWrittenCall", "", JmhFiles.forks(random, 12, 3.5, i == 0 ? 0.005 : 0.1)))
                    .write(dir.resolve("run" + i + ".json")));
            String noise = new Report(run, side, List.of()).machineNoise();
            var m = java.util.regex.Pattern.compile("the hand-written call's 12 forks spread ([0-9.]+)%").matcher(noise);
            assertTrue(m.find(), noise);
            spreads[i] = Double.parseDouble(m.group(1));
            // quartiles of 99..104 and 200: 100.5 and 103.5 over 102
            assertTrue(noise.contains("CPython's 7 `gen.send` repeats 2.9%"), noise);
            assertEquals(i == 1, noise.contains("**A noisy run** by these measures"), noise);
            assertEquals(i == 0, noise.contains("A calm run by these measures"), noise);
        }
        var noisyPython = new SideMeasurements.CPython("Python 3.13.0", new double[] {130, 200, 220, 230, 236, 240, 245});
        Run calmCall = Run.read(ComparisonTest.run(new Random(6), 1, 12)
                .add(JmhFiles.Spec.of("Baselines.handWrittenCall", "", JmhFiles.forks(new Random(6), 12, 3.5, 0.005)))
                .write(dir.resolve("calm-call.json")));
        String python = new Report(calmCall, new SideMeasurements(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
                java.util.Optional.of(noisyPython)), List.of()).machineNoise();
        assertTrue(python.contains("**A noisy run**"), "CPython's repeats alone can call it noisy: " + python);
        assertTrue(spreads[1] > 5 * spreads[0], "a noisy machine's call spreads wider: " + spreads[0] + "% and " + spreads[1] + "%");
        Run without = Run.read(ComparisonTest.run(new Random(5), 1, 12).write(dir.resolve("without.json")));
        assertEquals("", new Report(without, SideMeasurements.none(), List.of()).machineNoise(), "nothing measured, nothing said");
    }

    @Test
    void cpythonRatioUsesTheTimeitRepeats(@TempDir Path dir) throws Exception {
        Run run = sample(dir);
        var cpy = new SideMeasurements.CPython("Python 3.13.0", new double[] {60, 61, 62, 60.5, 63, 61.5, 60.2});
        var side = new SideMeasurements(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Optional.of(cpy));
        var j = Judgement.judge(target("cpython", "CoroutineBench.send backend=state-machine form=machine", "", 0.5), run, side);
        assertEquals(Verdict.MET, j.verdict(), j.measured());
        assertTrue(j.measured().contains("Python 3.13.0"), j.measured());
    }

    /** IdleCpu's lines: one per window of 1 s, at these CPU milliseconds of the process; its Java threads idle. */
    static String idleLines(String name, int... millis) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < millis.length; w++) {
            b.append("idle ").append(name).append(" n=10000 window=").append(w + 1).append(" seconds=1.0 cpuMillis=")
                    .append(millis[w]).append(" javaThreadsCpuMicros=").append(w % 3).append(" ok=true\n");
        }
        return b.toString();
    }

    static SideMeasurements idle(Path dir, String lines) throws Exception {
        return SideMeasurements.read(null, null, Files.writeString(dir.resolve("idle.txt"), lines), null);
    }

    @Test
    void idleCpuIsTheShiftOverWindowsAgainstItsBaseline(@TempDir Path dir) throws Exception {
        String raw = idleLines("raw-parked-platform", 10, 10, 20, 10, 0, 10, 10, 20);
        Target oneCore = target("idle", "threads", "raw-parked-platform", 0.01);
        // the JVM's per-thread cost in both: no shift, met although each side alone reads ~1.2% of a core
        var same = Judgement.judge(oneCore, null, idle(dir, raw + idleLines("threads", 10, 20, 10, 10, 20, 0, 10, 10)));
        assertEquals(Verdict.MET, same.verdict(), same.measured());
        assertTrue(same.measured().contains("beyond raw-parked-platform"), same.measured());
        // a waiting side that spins a little: 30 ms a second more in every window
        var spins = Judgement.judge(oneCore, null, idle(dir, raw + idleLines("threads", 40, 40, 50, 40, 30, 40, 40, 50)));
        assertEquals(Verdict.NOT_MET, spins.verdict(), spins.measured());
        assertEquals(0.03, spins.estimate().orElseThrow().value(), 1e-9);
        // about the bound, one tick either side: the interval straddles it
        var near = Judgement.judge(oneCore, null, idle(dir, raw + idleLines("threads", 20, 10, 30, 20, 10, 30, 20, 20)));
        assertEquals(Verdict.UNDECIDED, near.verdict(), near.measured());
        // no baseline line: not measured, named
        var missing = Judgement.judge(oneCore, null, idle(dir, idleLines("threads", 10, 10, 10)));
        assertEquals(Verdict.NOT_MEASURED, missing.verdict());
        assertTrue(missing.measured().contains("raw-parked-platform"), missing.measured());
    }

    @Test
    void idleJavaThreadsAreReadToTheMicrosecond(@TempDir Path dir) throws Exception {
        Target oneCore = target("idle-java", "threads", "", 0.01);
        // the process reads 1-2% of a core more than the JVM alone (the JVM's own threads), its Java threads nothing
        String alone = idleLines("none", 0, 0, 10, 0, 0, 0);
        var parks = Judgement.judge(oneCore, null, idle(dir, alone + idleLines("threads", 10, 20, 20, 10, 20, 10)));
        assertEquals(Verdict.MET, parks.verdict(), parks.measured());
        assertEquals(0, parks.estimate().orElseThrow().value(), 1e-5);
        assertTrue(parks.measured().contains("Java threads"), parks.measured());
        assertEquals(Verdict.NOT_MET, Judgement.judge(target("idle", "threads", "", 0.005), null,
                idle(dir, alone + idleLines("threads", 10, 20, 20, 10, 20, 10))).verdict(), "the process's clock sees it");
        // one thread spinning 2% of the time: 20,000 us a second
        String spins = idleLines("threads", 10, 20, 20, 10, 20, 10).replaceAll("javaThreadsCpuMicros=\\d", "javaThreadsCpuMicros=20000");
        var spinning = Judgement.judge(oneCore, null, idle(dir, alone + spins));
        assertEquals(Verdict.NOT_MET, spinning.verdict(), spinning.measured());
        assertEquals(0.02, spinning.estimate().orElseThrow().value(), 1e-5);
        // a file from before the Java threads' clock: not measured, not judged on the other clock
        var old = Judgement.judge(oneCore, null, idle(dir, "idle none n=0 seconds=5 cpuMillis=0 ok=true\n"
                + "idle threads n=10000 seconds=5 cpuMillis=70 ok=true\n"));
        assertEquals(Verdict.NOT_MEASURED, old.verdict());
        assertTrue(old.measured().contains("no javaThreadsCpuMicros"), old.measured());
    }

    @Test
    void idleCpuOfOneWindowAFailureOrASkipSaysSo(@TempDir Path dir) throws Exception {
        Target jvm = target("idle", "threads", "", 0.01);
        var old = Judgement.judge(jvm, null, idle(dir, "idle none n=0 seconds=5 cpuMillis=0 ok=true\n"
                + "idle threads n=10000 seconds=5 cpuMillis=70 ok=true\n"));
        assertEquals(Verdict.NOT_MET, old.verdict(), "70 ms over 5 s is 1.4% of a core: " + old.measured());
        assertTrue(old.measured().contains("one idle window a side"), old.measured());
        var failed = Judgement.judge(jvm, null, idle(dir, idleLines("none", 0, 10)
                + "idle threads n=420 seconds=1.0 cpuMillis=-1 ok=false java.lang.OutOfMemoryError\n"));
        assertEquals(Verdict.NOT_MEASURED, failed.verdict());
        assertTrue(failed.measured().contains("threads failed"), failed.measured());
        var garbled = Judgement.judge(jvm, null, idle(dir, idleLines("none", 0, 10)
                + "idle threads n=10000 window=1 seconds=1.0 cpuMillis=abc ok=true\n"));
        assertEquals(Verdict.NOT_MEASURED, garbled.verdict());
        assertTrue(garbled.measured().contains("has no number for cpuMillis"), garbled.measured());
        var skipped = Judgement.judge(jvm, null, idle(dir, idleLines("none", 0, 10)
                + "idle threads n=10000 skipped: the backend holds about 4000 live coroutines\n"));
        assertEquals(Verdict.NOT_MEASURED, skipped.verdict());
        assertTrue(skipped.measured().contains("holds about 4000"), skipped.measured());
    }

    @Test
    void everyBackendInTheRunGetsATableAndTheChartsCarryText(@TempDir Path dir) throws Exception {
        Path json = ComparisonTest.run(new Random(7), 1, 12)
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=mine form=stackful", JmhFiles.forks(new Random(8), 12, 40, 0.02)))
                .write(dir.resolve("run.json"));
        Path md = dir.resolve("out/run.md");
        assertEquals(ReportsCli.OK, CliTest.run("report", "-o", md.toString(), json.toString()).code());
        String text = Files.readString(md);
        for (String backend : List.of("continuation", "state-machine", "mine")) {
            assertTrue(text.contains("### " + backend), backend + " has its table: " + text);
        }
        assertTrue(text.contains("## Targets"), text);
        assertTrue(Files.readString(dir.resolve("out/run-send.svg")).contains("mine"), "the chart names a user's backend");
        for (String chart : List.of("run-send.svg", "run-ratios.svg")) {
            Path svg = dir.resolve("out").resolve(chart);
            assertTrue(Files.exists(svg), chart);
            String s = Files.readString(svg);
            assertTrue(s.contains("<text"), chart + " carries real text");
            assertTrue(Files.size(svg) < 100_000, chart + " is " + Files.size(svg) + " bytes");
        }
    }

    /** A raw handoff's label is long: it is wrapped, never cut (JFreeChart's default cut off its partner and wait). */
    @Test
    void aLongRowLabelIsWrappedNotCut(@TempDir Path dir) throws Exception {
        String raw = "Baselines.parkUnparkPlatformCaller partner=virtual wait=spin";
        Random random = new Random(4);
        Path json = new JmhFiles()
                .add(JmhFiles.Spec.of("Baselines.parkUnparkPlatformCaller", "partner=virtual wait=spin", JmhFiles.forks(random, 12, 300, 0.1)))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=virtual-threads form=stackful",
                        JmhFiles.forks(random, 12, 320, 0.1)).against(raw))
                .write(dir.resolve("long-label.json"));
        assertEquals(ReportsCli.OK, CliTest.run("report", "-o", dir.resolve("out/l.md").toString(), json.toString()).code());
        for (String chart : List.of("l-send.svg", "l-ratios.svg")) {
            String s = Files.readString(dir.resolve("out").resolve(chart));
            assertTrue(s.contains("wait=spin"), chart + " shows the label's end");
            assertFalse(s.contains("..."), chart + " cuts no label");
        }
    }

    @Test
    void chartsOfALongRunStayUnder100KB(@TempDir Path dir) throws Exception {
        // 16 backends of 64 forks each, spread wide so that few dots share a position: a dot a group of its own made
        // such charts over 200 KB (a real run of 24 rounds: 113 and 146 KB)
        Random random = new Random(3);
        JmhFiles run = new JmhFiles().add(JmhFiles.Spec.of(ComparisonTest.RAW, "", JmhFiles.forks(random, 64, 100, 0.3)));
        for (int b = 0; b < 16; b++) {
            run.add(JmhFiles.Spec.of("CoroutineBench.send", "backend=b" + b + " form=machine",
                    JmhFiles.forks(random, 64, 120 + 10 * b, 0.3)).against(ComparisonTest.RAW));
        }
        Path md = dir.resolve("out/long.md");
        assertEquals(ReportsCli.OK, CliTest.run("report", "-o", md.toString(), run.write(dir.resolve("long.json")).toString()).code());
        for (String chart : List.of("long-send.svg", "long-ratios.svg")) {
            Path svg = dir.resolve("out").resolve(chart);
            String s = Files.readString(svg);
            assertTrue(s.contains("b15"), chart + " has every row");
            assertTrue(s.split("<path d='M", -1).length > 16, chart + " draws the dots");
            assertTrue(Files.size(svg) < 100_000, chart + " is " + Files.size(svg) + " bytes");
        }
    }

    @Test
    void quickAndSlowedRunsSaySoAtTheTop(@TempDir Path dir) throws Exception {
        Run quick = Run.read(ComparisonTest.run(new Random(1), 1, 3).profile(Run.QUICK).write(dir.resolve("q.json")));
        assertTrue(new Report(quick, SideMeasurements.none(), List.of()).markdown("t", null, List.of())
                .contains("not for comparison"));
        Run slowed = Run.read(ComparisonTest.run(new Random(1), 1, 8).slowed("continuation:0.15").write(dir.resolve("s.json")));
        assertTrue(new Report(slowed, SideMeasurements.none(), List.of()).markdown("t", null, List.of())
                .contains("Deliberately slowed"));
    }

    @Test
    void footprintsMeasuredInSeveralJvmsAreJudgedByTheirMedianAndInterval(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.footprint.txt");
        StringBuilder lines = new StringBuilder("footprint body n=20000 bytesPerObject=40.3\n");
        for (int beyond : new int[] {523, 580, 612, 640, 667, 700}) {
            lines.append("footprint continuation:stackful n=20000 bytesPerCoroutine=").append(beyond + 40)
                    .append(" beyondBody=").append(beyond).append(" heapMaxMB=2048 ok=true\n");
        }
        Files.writeString(file, lines);
        SideMeasurements side = SideMeasurements.read(file, null, null, null);
        Run run = sample(dir);
        var met = Judgement.judge(target("footprint", "continuation:stackful", "", 1024), run, side);
        assertEquals(Verdict.MET, met.verdict(), met.measured());
        assertEquals("626 [523, 700] B, median over 6 JVMs", met.measured());
        assertEquals(Verdict.UNDECIDED, Judgement.judge(target("footprint", "continuation:stackful", "", 650), run, side)
                .verdict(), "a bound between the JVMs' values decides nothing");
        assertEquals(Verdict.NOT_MET, Judgement.judge(target("footprint", "continuation:stackful", "", 500), run, side)
                .verdict());
        String md = new Report(run, side, List.of()).markdown("t", null, List.of());
        assertTrue(md.contains("| continuation:stackful | 20,000 | 6 | 666 (563-740) | 626 (523-700) | 2,048 | yes |"), md);

        Files.writeString(file, "footprint continuation:stackful n=100000 bytesPerCoroutine=700 beyondBody=660 ok=true\n");
        var one = Judgement.judge(target("footprint", "continuation:stackful", "", 650), run,
                SideMeasurements.read(file, null, null, null));
        assertEquals(Verdict.NOT_MET, one.verdict(), "one JVM's figure is judged as one measurement");
        assertTrue(one.measured().contains("one measurement"), one.measured());
    }

    @Test
    void aRunTheTimeLimitStoppedEarlySaysHowManyRoundsWerePlanned(@TempDir Path dir) throws Exception {
        double[] nine = JmhFiles.forks(new Random(3), 9, 100, 0.05);
        JmhFiles files = new JmhFiles().add(JmhFiles.Spec.of("Baselines.handWrittenCall", "", nine));
        Run stopped = Run.read(files.roundsPlanned(11).write(dir.resolve("stopped.json")));
        assertEquals(11, stopped.plannedRounds());
        String md = new Report(stopped, SideMeasurements.none(), List.of()).markdown("t", null, List.of());
        assertTrue(md.contains("9 rounds (of 11 planned: the job's time limit left no time for more)"), md);
        Run whole = Run.read(files.roundsPlanned(0).write(dir.resolve("whole.json")));
        assertTrue(new Report(whole, SideMeasurements.none(), List.of()).markdown("t", null, List.of())
                .contains("**default**, 9 rounds. Each round"), "a run that was not stopped says nothing of a plan");
    }

    /** A run whose rounds went to the wide ratios says so, with the forks each series got and what stayed wide. */
    @Test
    void aRunMeasuredToAPrecisionSaysWhereItsRoundsWent(@TempDir Path dir) throws Exception {
        Random random = new Random(5);
        double[] raw = JmhFiles.forks(random, 20, 100, 0.002);
        Run run = Run.read(new JmhFiles().precision(0.05)
                .add(JmhFiles.Spec.of("Baselines.rawContinuation", "", raw))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=continuation form=machine",
                        JmhFiles.forks(random, 20, 110, 0.30)).against("Baselines.rawContinuation"))
                .add(JmhFiles.Spec.of("Baselines.handWrittenBoxed", "", JmhFiles.forks(random, 9, 4, 0.002)))
                .add(JmhFiles.Spec.of("CoroutineBench.send", "backend=state-machine form=machine",
                        JmhFiles.forks(random, 9, 10, 0.002)).against("Baselines.handWrittenBoxed"))
                .write(dir.resolve("precise.json")));
        assertEquals(0.05, run.precision());
        String md = new Report(run, SideMeasurements.none(), List.of()).markdown("t", null, List.of());
        assertTrue(md.contains("**default**, 20 rounds. Each round runs one JVM fork of every series it still needs,"), md);
        assertTrue(md.contains("after that, a series in a headline ratio ran only while the ratio's interval was wider than ±5.0%"), md);
        assertTrue(md.contains("a series has 9 to 20 forks (or shared forks). 1 headline ratio was still wider when the"
                + " run ended."), md);
        String stopped = new Report(Run.read(new JmhFiles().precision(0.05).roundsPlanned(48)
                .add(JmhFiles.Spec.of("Baselines.rawContinuation", "", raw)).write(dir.resolve("stopped.json"))),
                SideMeasurements.none(), List.of()).markdown("t", null, List.of());
        assertTrue(stopped.contains("20 rounds (of up to 48: the job's time limit ended it)."), stopped);
        Run fixed = Run.read(new JmhFiles().add(JmhFiles.Spec.of("Baselines.rawContinuation", "", raw))
                .write(dir.resolve("fixed.json")));
        assertFalse(new Report(fixed, SideMeasurements.none(), List.of()).markdown("t", null, List.of())
                .contains("Measured to a precision"), "a run of whole rounds says nothing of a precision");
    }

    @Test
    void multimodalSeriesShowTheirModes(@TempDir Path dir) throws Exception {
        double[] bimodal = {210, 220, 230, 215, 225, 1100, 1200, 1150, 1180, 1120, 1210, 1190};
        Run run = Run.read(new JmhFiles().add(JmhFiles.Spec.of("CoroutineBench.send", "backend=threads form=machine", bimodal))
                .write(dir.resolve("m.json")));
        String md = new Report(run, SideMeasurements.none(), List.of()).markdown("t", null, List.of());
        assertTrue(md.contains("5 at 220 (210-230), 7 at 1,180 (1,100-1,210)"), md);
    }

    @Test
    void theBuiltInTargetsParse() {
        List<Target> targets = Target.builtIn();
        assertTrue(targets.size() > 20);
        assertTrue(targets.stream().anyMatch(t -> t.id().equals("sm-boxed") && t.bound() == 2.0));
    }

    @Test
    void aWideRatioSaysHowManyRoundsWouldMakeItTight() {
        org.corotck.analysis.stats.Estimate tenPercent = new org.corotck.analysis.stats.Estimate(2.0, 1.8, 2.2, 12, 0.96);
        assertEquals("48", Report.roundsForTight(new HeadlineRatio("x", null, null, tenPercent)),
                "twice the width: four times the rounds");
        org.corotck.analysis.stats.Estimate fourPercent = new org.corotck.analysis.stats.Estimate(1.0, 0.96, 1.04, 12, 0.96);
        assertEquals("(already)", Report.roundsForTight(new HeadlineRatio("x", null, null, fourPercent)));
        org.corotck.analysis.stats.Estimate huge = new org.corotck.analysis.stats.Estimate(1.0, 0.3, 2.5, 12, 0.96);
        assertEquals("over 1,000", Report.roundsForTight(new HeadlineRatio("x", null, null, huge)));
    }
}

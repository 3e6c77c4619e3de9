package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.corotck.analysis.Run;
import org.corotck.reports.ReportsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's exit codes, and one line, never a stack trace, for each kind of bad input. */
class CliTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = ReportsCli.run(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static void assertBadInput(Result r, String expected) {
        assertEquals(ReportsCli.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    Path good(Path dir, String name, double factor) throws Exception {
        return ComparisonTest.run(new Random(name.hashCode()), factor, 12).write(dir.resolve(name));
    }

    @Test
    void missingFile(@TempDir Path dir) throws Exception {
        assertBadInput(run("compare", dir.resolve("nope.json").toString(), good(dir, "a.json", 1).toString()),
                "nope.json: no such file");
    }

    @Test
    void notJson(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("log.txt"), "# JMH version: 1.37\n# VM version: JDK 25\n");
        assertBadInput(run("compare", f.toString(), good(dir, "a.json", 1).toString()), "log.txt: not JSON");
    }

    @Test
    void jsonThatIsNotJmh(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("x.json"), "{\"name\": \"not a result\"}");
        assertBadInput(run("compare", f.toString(), good(dir, "a.json", 1).toString()), "x.json: not a JMH result file");
        Path g = Files.writeString(dir.resolve("y.json"), "[{\"name\": 1}]");
        assertBadInput(run("compare", g.toString(), good(dir, "a.json", 1).toString()), "y.json: not a JMH result file");
    }

    @Test
    void emptyResults(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("empty.json"), "[]");
        assertBadInput(run("compare", f.toString(), good(dir, "a.json", 1).toString()), "empty.json: holds no benchmark results");
    }

    /** A base file JMH wrote itself names no reference: its ratio rows are listed as only in the other file. */
    @Test
    void aPlainJmhFileComparesWithARoundRunnersFile(@TempDir Path dir) throws Exception {
        Path plain = ComparisonTest.run(new Random(1), 1, 12).plain().write(dir.resolve("plain.json"));
        Path rounds = good(dir, "a.json", 1);
        for (String[] pair : new String[][] {{plain.toString(), rounds.toString(), "only in the new run"},
                {rounds.toString(), plain.toString(), "only in the base"}}) {
            Result r = run("compare", pair[0], pair[1]);
            assertEquals(ReportsCli.OK, r.code(), r.out() + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertTrue(r.out().contains("÷ " + ComparisonTest.RAW + " | ratio |"), r.out());
            assertTrue(r.out().contains(pair[2]), r.out());
        }
    }

    /** JMH writes every measured iteration: a fork with none is a damaged file, not a row of NaN judged "~". */
    @Test
    void aForkWithNoMeasurementIsBadInput(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("hollow.json"), "[{\"benchmark\": \"org.corotck.benchmarks.Baselines.handWrittenCall\","
                + " \"mode\": \"avgt\", \"primaryMetric\": {\"score\": 3.0, \"scoreUnit\": \"ns/op\", \"rawData\": [[], []]}}]");
        assertBadInput(run("compare", f.toString(), good(dir, "a.json", 1).toString()),
                "hollow.json: org.corotck.benchmarks.Baselines.handWrittenCall has a fork with no measurement (fork 1 of 2)");
    }

    @Test
    void noBenchmarkInCommon(@TempDir Path dir) throws Exception {
        Path other = new JmhFiles().add(JmhFiles.Spec.of("Baselines.handWrittenCall", "", new double[] {3, 3, 3, 3, 3, 3}))
                .write(dir.resolve("other.json"));
        assertBadInput(run("compare", good(dir, "a.json", 1).toString(), other.toString()), "no benchmark in common");
    }

    @Test
    void quickProfileIsRefusedUnlessForced(@TempDir Path dir) throws Exception {
        Path quick = ComparisonTest.run(new Random(9), 1, 12).profile(Run.QUICK).write(dir.resolve("quick.json"));
        assertBadInput(run("compare", good(dir, "a.json", 1).toString(), quick.toString()), "quick profile");
        assertEquals(ReportsCli.OK, run("compare", "--force", good(dir, "a.json", 1).toString(), quick.toString()).code());
    }

    @Test
    void negativeThreshold(@TempDir Path dir) throws Exception {
        assertBadInput(run("compare", "-t", "-0.1", good(dir, "a.json", 1).toString(), good(dir, "b.json", 1).toString()),
                "--threshold must be a fraction >= 0");
        assertBadInput(run("compare", "-t", "NaN", good(dir, "a.json", 1).toString(), good(dir, "b.json", 1).toString()),
                "--threshold must be a fraction >= 0");
    }

    @Test
    void runsOfTwoProfilesAreComparedWithAWarningAndTheThresholdIsQuotedAsGiven(@TempDir Path dir) throws Exception {
        Path a = good(dir, "a.json", 1);
        Path full = ComparisonTest.run(new Random(9), 1.15, 12).profile("full").write(dir.resolve("full.json"));
        Result r = run("compare", "-t", "0.025", a.toString(), full.toString());
        assertEquals(ReportsCli.REGRESSION, r.code(), r.err());
        assertTrue(r.err().contains("warning: a.json is of the default profile and full.json of the full profile"), r.err());
        assertTrue(r.err().contains("regression of more than 2.5%"), r.err());
    }

    /** Exit 0 would tell CI "no regression" when nothing was judged. */
    @Test
    void nothingJudgedIsBadInputNotSuccess(@TempDir Path dir) throws Exception {
        Path few = ComparisonTest.run(new Random(7), 1, 4).write(dir.resolve("few.json"));
        assertBadInput(run("compare", few.toString(), good(dir, "a.json", 1).toString()), "no series could be judged");
    }

    @Test
    void ratiosOnlyExitsOnTheRatiosAndSaysWhenThereAreNone(@TempDir Path dir) throws Exception {
        Path a = good(dir, "a.json", 1);
        Path drifted = ComparisonTest.drifted(new Random(10), 1.08, 1, 12).write(dir.resolve("drifted.json"));
        assertEquals(ReportsCli.REGRESSION, run("compare", a.toString(), drifted.toString()).code());
        Result r = run("compare", "--ratios-only", a.toString(), drifted.toString());
        assertEquals(ReportsCli.OK, r.code(), r.err());
        assertTrue(r.out().contains("Only the ratios are judged"), r.out());
        Path noMechanism = new JmhFiles().add(JmhFiles.Spec.of("CoroutineBench.send", "backend=mine form=machine",
                JmhFiles.forks(new Random(11), 12, 40, 0.02))).write(dir.resolve("mine.json"));
        assertBadInput(run("compare", "--ratios-only", noMechanism.toString(), noMechanism.toString()), "no ratio to judge");
    }

    @Test
    void aRegressionOnAnUnevenlyChangedMachineSaysSoOnTheErrorStream(@TempDir Path dir) throws Exception {
        Random random = new Random(25);
        Path a = ComparisonTest.callerThread(random, 1, 1, 1).write(dir.resolve("a.json"));
        Path b = ComparisonTest.callerThread(random, 1.12, 1.44, 1.60).write(dir.resolve("b.json"));
        Result r = run("compare", "--ratios-only", a.toString(), b.toString());
        assertEquals(ReportsCli.REGRESSION, r.code(), r.err());
        assertTrue(r.err().contains("warning: the machine differed unevenly between the runs"), r.err());
        assertTrue(r.err().contains("on a machine that differed between the runs (warning above)"), r.err());
        Result same = run("compare", "--ratios-only", a.toString(), a.toString());
        assertFalse(same.err().contains("warning"), same.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsBadInputFoundBeforeTheWork(@TempDir Path dir) throws Exception {
        Path a = good(dir, "a.json", 1);
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Result r = run("compare", "-o", file.resolve("sub").resolve("cmp.md").toString(), a.toString(), good(dir, "b.json", 1.15).toString());
        assertBadInput(r, "cannot create the directory of");
        assertEquals("", r.out(), "nothing printed before the bad output was found");
        assertBadInput(run("compare", "-o", dir.toString(), a.toString(), a.toString()), "is a directory");
        assertBadInput(run("report", a.toString(), "-o", dir.toString()), "is a directory");
        Path nested = dir.resolve("new").resolve("dir").resolve("cmp.md");
        assertEquals(ReportsCli.OK, run("compare", "-o", nested.toString(), a.toString(), a.toString()).code());
        assertTrue(Files.exists(nested), "compare makes the directories, as report does");
    }

    @Test
    void aSideFileOfTheWrongKindIsBadInput(@TempDir Path dir) throws Exception {
        Path a = good(dir, "a.json", 1);
        Path idle = Files.writeString(dir.resolve("idle.txt"), "idle threads n=10000 seconds=5 cpuMillis=20 ok=true\n");
        Path footprint = Files.writeString(dir.resolve("fp.txt"), "footprint body n=20000 bytesPerObject=41.4\n");
        Path out = dir.resolve("r.md").toAbsolutePath();
        assertBadInput(run("report", a.toString(), "-o", out.toString(), "--footprint", idle.toString()),
                "not the output of Footprint");
        assertBadInput(run("report", a.toString(), "-o", out.toString(), "--idle", footprint.toString()),
                "not the output of IdleCpu");
        Path skipped = Files.writeString(dir.resolve("fp2.txt"), "footprint body n=20000 bytesPerObject=41.4\n"
                + "footprint threads n=20000 skipped: the backend holds about 10000 live coroutines\n");
        assertEquals(ReportsCli.OK, run("report", a.toString(), "-o", out.toString(), "--idle", idle.toString(),
                "--footprint", skipped.toString()).code());
        assertTrue(Files.readString(out).contains("| threads | 20,000 | 1 | not measured: the backend holds about 10000 live coroutines |"),
                "a skipped backend's row says why");
    }

    @Test
    void exitZeroWhenTheSameAndOneForARegression(@TempDir Path dir) throws Exception {
        Path a = good(dir, "a.json", 1);
        Result same = run("compare", a.toString(), good(dir, "b.json", 1).toString());
        assertEquals(ReportsCli.OK, same.code(), same.out());
        Path out = dir.resolve("cmp.md");
        Result slower = run("compare", "-o", out.toString(), a.toString(), good(dir, "c.json", 1.15).toString());
        assertEquals(ReportsCli.REGRESSION, slower.code(), slower.out());
        assertTrue(Files.readString(out).contains("**regression**"));
        assertEquals(ReportsCli.OK, run("compare", "-t", "0.5", a.toString(), good(dir, "d.json", 1.15).toString()).code(),
                "15% worse is within a 50% threshold");
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        assertBadInput(run("compare", "only-one.json"), "Missing required parameter: 'NEW'");
        assertBadInput(run("frobnicate"), "Unmatched argument");
        Path a = good(dir, "a.json", 1);
        Result notANumber = run("compare", "-t", "abc", a.toString(), a.toString());
        assertBadInput(notANumber, "'abc'");
        assertTrue(notANumber.err().contains("(usage: corotck-reports compare --help)"), notANumber.err());
        assertEquals(ReportsCli.OK, run("--help").code());
    }

    /** selftest takes -t and -o as compare does: bad ones are bad input, found before any work. */
    @Test
    void selfTestRefusesABadThresholdOrOutput(@TempDir Path dir) throws Exception {
        Path a = good(dir, "a.json", 1);
        assertBadInput(run("selftest", "-t", "-1", "-o", dir.resolve("s.md").toString(), a.toString(), a.toString(), a.toString()),
                "--threshold must be a fraction >= 0");
        Result r = run("selftest", "-o", dir.toString(), a.toString(), a.toString(), a.toString());
        assertBadInput(r, "is a directory");
        assertEquals("", r.out(), "nothing printed before the bad output was found");
    }
}

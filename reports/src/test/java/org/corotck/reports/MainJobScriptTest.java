package org.corotck.reports;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job's command line, checked by running the script: its usage, clear errors for options without
 * their value, a non-zero exit when the TCK fails, and which TCK step each profile runs (the TCK step replaced
 * by a failing command, so that this test never starts a build of its own).
 */
class MainJobScriptTest {
    static final Path SCRIPT = Path.of("..", "main-job").toAbsolutePath().normalize();

    record Ran(int code, String out) {}

    static Ran run(Path out, String tckCommand, String... args) throws IOException, InterruptedException {
        return runIn(null, tckCommand, args);
    }

    /** The script started from {@code workingDirectory} (this module's, when null), as a user starts it from anywhere. */
    static Ran runIn(Path workingDirectory, String tckCommand, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingDirectory != null) {
            pb.directory(workingDirectory.toFile());
        }
        if (tckCommand != null) {
            pb.environment().put("COROTCK_TCK_CMD", tckCommand);
        }
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "main-job did not end: " + text);
        return new Ran(p.exitValue(), text);
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        Ran r = run(null, null, "--help");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Usage:") && r.out().contains("./main-job compare"), r.out());
    }

    @Test
    void aBadOptionIsAOneLineError() throws Exception {
        for (String[] args : List.of(new String[] {"--out"}, new String[] {"--name", "--full"}, new String[] {"--rounds", "x"},
                new String[] {"--minutes"}, new String[] {"--minutes", "soon"},
                new String[] {"--frobnicate"}, new String[] {"--slow", "continuation:0.1"}, new String[] {"selftest", "--quick"},
                new String[] {"--classpath"}, new String[] {"--classpath", "--full"}, new String[] {"--classpath="},
                new String[] {"--classpath", "no/such/backend.jar"})) {
            Ran r = run(null, null, args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.out());
            assertTrue(r.out().startsWith("main-job: "), r.out());
            assertEquals(1, r.out().strip().lines().count(), "one line: " + r.out());
        }
    }

    @Test
    void theDefaultTckStepLeavesTheTcksSelfTestOutAndTheFullProfileAndTheFlagRunIt(@TempDir Path dir) throws Exception {
        String without = "without the example project and the TCK's self-test";
        String with = "the TCK on every backend and its self-test";
        for (List<String> args : List.<List<String>>of(List.of(), List.of("--tck-selftest"), List.of("--full"), List.of("--update-reports"))) {
            List<String> all = new ArrayList<>(List.of("--out", dir.toString()));
            all.addAll(args);
            Ran r = run(dir, "exit 3", all.toArray(String[]::new)); // the step's line is printed before its command fails
            assertEquals(1, r.code(), args + ": " + r.out());
            assertTrue(r.out().contains(args.isEmpty() ? without : with), args + ": " + r.out());
        }
    }

    /** A relative --out is the caller's, as every path a user types: the script's own cd must not move it. */
    @Test
    void aRelativeOutIsTakenFromWhereTheJobIsStarted(@TempDir Path dir) throws Exception {
        String name = "corotck-out-" + ProcessHandle.current().pid();
        Ran r = runIn(dir, "exit 3", "--out", name);
        assertEquals(1, r.code(), r.out());
        assertTrue(Files.isDirectory(dir.resolve(name)), "the run's directory is under the caller's: " + r.out());
        assertFalse(Files.exists(SCRIPT.getParent().resolve(name)), "not under the repository");
    }

    @Test
    void aFailingTckFailsTheJob(@TempDir Path dir) throws Exception {
        Ran r = run(dir, "exit 3", "--out", dir.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("the TCK run failed"), r.out());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".json")), "no benchmark ran after the failed TCK");
        }
    }
}

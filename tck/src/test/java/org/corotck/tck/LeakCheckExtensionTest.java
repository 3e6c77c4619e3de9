package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corotck.tck.report.Report;
import org.corotck.tck.report.Result;
import org.corotck.tck.report.RuleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The leak check after a class: a thread a test left running fails the class, by name; one that ended does not. */
class LeakCheckExtensionTest {
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final CountDownLatch RELEASE_REPORTED = new CountDownLatch(1);

    private static final CountDownLatch RELEASE_HUNG = new CountDownLatch(1);
    private static final CountDownLatch RELEASE_HUNG_WITH_BODY = new CountDownLatch(1);

    private static void leakAThread(CountDownLatch release) {
        leakAThread(release, "corotck-leaked-by-a-test");
    }

    private static void leakAThread(CountDownLatch release, String name) {
        Thread.ofPlatform().daemon().name(name).start(() -> {
            try {
                release.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Not run by surefire on its own (a nested class); launched by the tests below. */
    @ExtendWith(LeakCheckExtension.class)
    static class LeavesAThreadRunning {
        @Test
        void startsAThreadAndForgetsIt() {
            leakAThread(RELEASE);
        }
    }

    /** Launched by the tests below. */
    @ExtendWith(LeakCheckExtension.class)
    static class EndsItsThread {
        @Test
        void startsAThreadAndJoinsIt() throws InterruptedException {
            Thread t = Thread.ofPlatform().name("corotck-joined-by-its-test").start(() -> { });
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Launched by the test of the conformance report below: the report and the leak check, as CoroutineTck has them. */
    @ExtendWith({ConformanceReport.class, LeakCheckExtension.class})
    static class LeaksUnderTheReport {
        @Test
        void required_10_4_startsAThreadAndForgetsIt() {
            leakAThread(RELEASE_REPORTED);
        }
    }

    /** Waits for {@code release} deaf to interrupts, as a backend's send that parks for good. */
    private static void hangUntil(CountDownLatch release) {
        boolean interrupted = false;
        while (true) {
            try {
                release.await(5, TimeUnit.MINUTES);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Launched by the tests below: a test that hangs for good, cut by the bounded-test detector; its worker stays. */
    @ExtendWith({BoundedTestExtension.class, LeakCheckExtension.class})
    static class HangsForGood {
        @Test
        @TckTimeout(seconds = 5)
        void required_3_4_sendParksForGood() {
            hangUntil(RELEASE_HUNG);
        }
    }

    /** Launched by the tests below: as {@link HangsForGood}, but the "backend" started a body thread of its own first. */
    @ExtendWith({BoundedTestExtension.class, LeakCheckExtension.class})
    static class HangsWithABodyThread {
        @Test
        @TckTimeout(seconds = 5)
        void required_3_4_sendParksForGoodWithABodyThread() {
            leakAThread(RELEASE_HUNG_WITH_BODY, "corotck-body-thread-of-the-backend");
            hangUntil(RELEASE_HUNG_WITH_BODY);
        }
    }

    /** Runs the class with every bound a tenth as long (the leak check waits 1 s); returns the class-level failures. */
    private static List<Throwable> classFailures(Class<?> testClass) {
        List<Throwable> failures = new ArrayList<>();
        String previous = System.getProperty("corotck.timeoutFactor");
        System.setProperty("corotck.timeoutFactor", "0.1");
        try {
            LauncherFactory.create().execute(
                    LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
                    new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            if (!id.isTest()) {
                                result.getThrowable().ifPresent(failures::add);
                            }
                        }
                    });
        } finally {
            if (previous == null) {
                System.clearProperty("corotck.timeoutFactor");
            } else {
                System.setProperty("corotck.timeoutFactor", previous);
            }
        }
        return failures;
    }

    @Test
    void aLeakedThreadFailsTheClassQuicklyWithAShortSummaryNamingIt() {
        try {
            long start = System.nanoTime();
            List<Throwable> failures = classFailures(LeavesAThreadRunning.class);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(1, failures.size(), "the class that leaked a thread should have failed: " + failures);
            assertTrue(failures.get(0) instanceof TckTimeoutError, "a leak is a wait that ran out: " + failures.get(0));
            String message = failures.get(0).getMessage();
            assertTrue(message.startsWith("rule 10.4: leak check after all tests of LeavesAThreadRunning"), message);
            assertTrue(message.contains("1 platform threads started since its first test are still alive")
                    && message.contains("1 x corotck-leaked-by-a-test (TIMED_WAITING in org.corotck.tck.LeakCheckExtensionTest") && message.contains(": corotck-leaked-by-a-test"), message);
            assertTrue(!message.contains("thread dump") && message.lines().count() < 5, "a summary, not a dump: " + message);
            assertTrue(seconds < 10, "the leak check waited " + seconds + " s, more than its bound of 1 s allows");
        } finally {
            RELEASE.countDown();
        }
    }

    @Test
    void aLeakIsAFailureOfRule10_4InTheConformanceReport(@TempDir Path reports) throws Exception {
        String previous = System.getProperty("corotck.reportDir");
        System.setProperty("corotck.reportDir", reports.toString());
        try {
            assertEquals(1, classFailures(LeaksUnderTheReport.class).size(), "the leak should fail the class");
        } finally {
            RELEASE_REPORTED.countDown();
            if (previous == null) {
                System.clearProperty("corotck.reportDir");
            } else {
                System.setProperty("corotck.reportDir", previous);
            }
        }
        Report report = new ObjectMapper().readValue(
                reports.resolve("conformance-unknown.json").toFile(), Report.class);
        RuleResult rule = report.rules().stream().filter(r -> r.id().equals("10.4")).findFirst().orElseThrow();
        assertEquals(Result.FAIL, rule.result(), "rule 10.4 in the report: " + rule);
        assertTrue(rule.reason().startsWith(LeakCheckExtension.CHECK + ": rule 10.4: leak check"), rule.reason());
        assertEquals(1, report.summary().get("failed"), "failed rules in " + report.summary());
    }

    /** Runs {@code testClass} as {@link #classFailures} does; returns its class-level failures and what it printed. */
    private static Map.Entry<List<Throwable>, String> classFailuresAndOutput(Class<?> testClass) {
        PrintStream previous = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            return Map.entry(classFailures(testClass), printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(previous);
            previous.print(printed.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theWorkerOfATestThatTimedOutIsLeftOutWithANoteNotALeak() {
        try {
            Map.Entry<List<Throwable>, String> run = classFailuresAndOutput(HangsForGood.class);
            assertEquals(List.of(), run.getKey(), "the hang failed its own test; its worker is the TCK's, not a leak");
            String note = run.getValue();
            assertTrue(note.contains("leak check after all tests of HangsForGood: no leak; left out, as the TCK's own and"
                    + " not the backend's: 1 thread of a test that timed out: corotck-tck-required_3_4_sendParksForGood"
                    + " (TIMED_WAITING in org.corotck.tck.LeakCheckExtensionTest.hangUntil)"), note);
        } finally {
            RELEASE_HUNG.countDown();
        }
    }

    @Test
    void aThreadTheBackendStartedInsideATestThatTimedOutIsStillALeak() {
        try {
            List<Throwable> failures = classFailures(HangsWithABodyThread.class);
            assertEquals(1, failures.size(), "the body thread is the backend's and leaked: " + failures);
            String message = failures.get(0).getMessage();
            assertTrue(message.contains("1 platform threads started since its first test are still alive")
                    && message.contains("1 x corotck-body-thread-of-the-backend"), message);
            assertTrue(!message.contains("x corotck-tck-"), "the test's worker is not counted: " + message);
            assertTrue(message.contains("left out, as the TCK's own and not the backend's: 1 thread of a test that timed"
                    + " out: corotck-tck-required_3_4_sendParksForGoodWithABodyThread"), message);
        } finally {
            RELEASE_HUNG_WITH_BODY.countDown();
        }
    }

    @Test
    void aThreadThatEndedIsNoLeak() {
        assertEquals(List.of(), classFailures(EndsItsThread.class));
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The leak check after a class: a thread a test left running fails the class, by name; one that ended does not. */
class LeakCheckExtensionTest {
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Not run by surefire on its own (a nested class); launched by the tests below. */
    @ExtendWith(LeakCheckExtension.class)
    static class LeavesAThreadRunning {
        @Test
        void startsAThreadAndForgetsIt() {
            Thread.ofPlatform().daemon().name("corotck-leaked-by-a-test").start(() -> {
                try {
                    RELEASE.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
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

    /** Runs the class with a short finalization bound; returns the class-level failures. */
    private static List<Throwable> classFailures(Class<?> testClass) {
        List<Throwable> failures = new ArrayList<>();
        String previous = System.getProperty("corotck.finalizationSeconds");
        System.setProperty("corotck.finalizationSeconds", "1");
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
                System.clearProperty("corotck.finalizationSeconds");
            } else {
                System.setProperty("corotck.finalizationSeconds", previous);
            }
        }
        return failures;
    }

    @Test
    void aLeakedThreadFailsTheClassNamingIt() {
        try {
            List<Throwable> failures = classFailures(LeavesAThreadRunning.class);
            assertEquals(1, failures.size(), "the class that leaked a thread should have failed: " + failures);
            String message = failures.get(0).getMessage();
            assertTrue(message.startsWith("rule 10.4: still waiting after"), message);
            assertTrue(message.contains("leak check after all tests of LeavesAThreadRunning")
                    && message.contains("[corotck-leaked-by-a-test]"), message);
        } finally {
            RELEASE.countDown();
        }
    }

    @Test
    void aThreadThatEndedIsNoLeak() {
        assertEquals(List.of(), classFailures(EndsItsThread.class));
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The wedged-test detector: a hanging rule test fails, in bounded time, naming its rule, with a thread dump. */
class BoundedTestExtensionTest {

    /** Not run by surefire on its own (a nested class); launched by the test below. */
    @ExtendWith(BoundedTestExtension.class)
    static class Hangs {
        @Test
        @TckTimeout(seconds = 1)
        void required_7_6_hangsForever() throws InterruptedException {
            Thread.sleep(600_000);
        }
    }

    @Test
    void aHangFailsWithTheRuleIdAndAThreadDump() {
        List<Throwable> failures = new ArrayList<>();
        long start = System.nanoTime();
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Hangs.class)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest()) {
                            result.getThrowable().ifPresent(failures::add);
                        }
                    }
                });
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, failures.size(), "the hanging test should have failed");
        String message = failures.get(0).getMessage();
        assertTrue(message.startsWith("rule 7.6: the test did not finish within"), message);
        assertTrue(message.contains("---- thread dump ----") && message.contains("required_7_6_hangsForever"), message);
        String firstThread = message.substring(message.indexOf("---- thread dump ----\n") + "---- thread dump ----\n".length());
        assertTrue(firstThread.startsWith("\"corotck-tck-required_7_6_hangsForever\" TIMED_WAITING\n"),
                "the dump should begin with the hung test's own thread: " + message);
        assertTrue(firstThread.indexOf("Hangs.required_7_6_hangsForever(") < firstThread.indexOf("\"main\""),
                "the hung test's frames should come before JUnit's main thread: " + message);
        assertTrue(seconds < 30, "the hang was cut after " + seconds + " s");
    }
}

package org.corotck.selftest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.statemachine.StateMachineBackend;
import org.junit.jupiter.api.Test;

/** The probe tells a Cleaner that finalizes from one that a finalized body holds. */
class CleanerProbeTest {

    @Test
    void aFreeCleanerFinalizesTheCanary() {
        assertNull(CleanerProbe.problem());
    }

    @Test
    void aCleanerHeldByAFinalizedBodyIsReportedWithTheThreads() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        abandonBlockingBody(holding, release);
        try {
            while (!holding.await(20, TimeUnit.MILLISECONDS)) {
                System.gc(); // until the Cleaner's thread is inside the body's close handling
            }
            String problem = CleanerProbe.problem(Duration.ofSeconds(1));
            assertNotNull(problem, "the probe passed while the Cleaner's thread was blocked in a body");
            assertTrue(problem.contains("not finalized") && problem.contains("CleanerProbeTest$1.resumeThrowing"), problem); // the dump names the holder
        } finally {
            release.countDown();
        }
        assertNull(CleanerProbe.problem(), "once the body lets go, the Cleaner finalizes again");
    }

    /** A suspended state machine whose close handling blocks the thread that runs it until released. */
    private static void abandonBlockingBody(CountDownLatch holding, CountDownLatch release) {
        new StateMachineBackend().stateMachine(new StateMachine<Object, Object>() {
            @Override
            public Step<Object, Object> resume(Object sent) {
                return Step.yield("suspended");
            }

            @Override
            public Step<Object, Object> resumeThrowing(Throwable thrown) {
                holding.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Step.raise(thrown);
            }
        }).next();
    }
}

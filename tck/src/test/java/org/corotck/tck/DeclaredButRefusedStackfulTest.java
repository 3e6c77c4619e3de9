package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corotck.backendsupport.MachineRunner;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A backend that declares STACKFUL but refuses stackful bodies is told so, in those words, by every test that
 * needed one; its state-machine tests still run, and the leak check after all tests does not fail on it.
 */
class DeclaredButRefusedStackfulTest {
    private static final String REFUSAL = "mine runs only StateMachine bodies";

    /** Declares STACKFUL, runs state machines only. */
    static final class Overclaims implements Backend {
        @Override
        public String name() {
            return "overclaims";
        }

        @Override
        public Set<Capability> capabilities() {
            return EnumSet.of(Capability.STACKFUL, Capability.RUNS_ON_CALLER_THREAD);
        }

        @Override
        public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
            return new StandardCoroutine<>(new MachineRunner<>(machine), false);
        }

        @Override
        public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
            throw new UnsupportedOperationException(REFUSAL);
        }
    }

    /** Not run by surefire on its own (a nested class); a few of its tests are launched below. */
    static class OverclaimsTck extends CoroutineTck {
        @Override
        protected Backend createBackend() {
            return new Overclaims();
        }
    }

    @Test
    void everyTestThatNeededAStackfulBodySaysTheDeclarationIsWrong(@TempDir Path reports) {
        List<String> testFailures = new ArrayList<>();
        List<Throwable> classFailures = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        String previous = System.getProperty("corotck.reportDir");
        System.setProperty("corotck.reportDir", reports.toString());
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(
                            selectMethod(OverclaimsTck.class, "required_11_3_stackfulCapabilityIsHonest"),
                            selectMethod(OverclaimsTck.class, "required_8_7_drivenFromAnyThreadInTurn", "org.corotck.spec.BodyForm"),
                            selectMethod(OverclaimsTck.class, "optional_12_6_yieldOutsideTheBodyIsRefused"))
                    .build(), new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            if (id.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                                passed.add(id.getDisplayName());
                            } else if (id.isTest()) {
                                testFailures.add(id.getDisplayName() + ": " + result.getThrowable().map(Throwable::getMessage).orElse("?"));
                            } else {
                                result.getThrowable().ifPresent(classFailures::add);
                            }
                        }
                    });
        } finally {
            if (previous == null) {
                System.clearProperty("corotck.reportDir");
            } else {
                System.setProperty("corotck.reportDir", previous);
            }
        }
        assertEquals(List.of(), classFailures, "no class-level failure: the leak check has no stackful body to probe");
        assertEquals(List.of("STATE_MACHINE"), passed, "the state-machine half still runs and passes");
        assertEquals(3, testFailures.size(), "rule 11.3, 8.7 in stackful form and 12.6 should fail: " + testFailures);
        String told = "backend overclaims declares STACKFUL (Backend.capabilities()) but stackful() threw"
                + " UnsupportedOperationException: " + REFUSAL + "; declare only what it supports (rule 11.3)";
        for (String failure : testFailures) {
            assertTrue(failure.endsWith(": " + told), failure);
        }
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Rule tests are skipped by the capability rules.tsv gives their rule, with a reason that names it. */
class CapabilityConditionTest {

    /** A backend that declares what it is told and is never asked for a coroutine. */
    record Declaring(Set<Capability> capabilities) implements Backend {
        @Override
        public String name() {
            return "declaring-" + capabilities.size();
        }

        @Override
        public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
            throw new UnsupportedOperationException();
        }
    }

    /** Launched by the tests below: one required rule, two optional ones needing different capabilities. */
    @ExtendWith(CapabilityCondition.class)
    abstract static class Rules implements TckContext {
        @Test
        void required_7_1_runsWhateverTheBackendDeclares() {}

        @Test
        void optional_10_1_needsFinalization() {}

        @ParameterizedTest(name = "{0}")
        @EnumSource(BodyForm.class)
        void optional_11_4_needsTheCallersThread(BodyForm form) {}
    }

    static final class DeclaresNothing extends Rules {
        @Override
        public Backend backend() {
            return new Declaring(Set.of());
        }
    }

    static final class DeclaresFinalization extends Rules {
        @Override
        public Backend backend() {
            return new Declaring(Set.of(Capability.FINALIZES_ABANDONED));
        }
    }

    /** For each test and each invocation of the parameterized one: "ran" or "skipped: reason". */
    private static Map<String, String> run(Class<?> rules) {
        Map<String, String> seen = new TreeMap<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(rules)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionSkipped(TestIdentifier id, String reason) {
                        seen.put(name(id), "skipped: " + reason);
                    }

                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest()) {
                            seen.put(name(id), result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "ran" : "failed");
                        }
                    }

                    private String name(TestIdentifier id) {
                        return id.getLegacyReportingName(); // a parameterized test's invocations: method(args)[n]
                    }
                });
        return seen;
    }

    @Test
    void anOptionalRuleIsSkippedNamingTheCapabilityTheBackendLacks() {
        assertEquals(Map.of(
                "required_7_1_runsWhateverTheBackendDeclares()", "ran",
                "optional_10_1_needsFinalization()", "skipped: backend declaring-0 does not declare FINALIZES_ABANDONED,"
                        + " the capability of optional rule 10.1",
                "optional_11_4_needsTheCallersThread(BodyForm)[1]", "skipped: backend declaring-0 does not declare RUNS_ON_CALLER_THREAD,"
                        + " the capability of optional rule 11.4",
                "optional_11_4_needsTheCallersThread(BodyForm)[2]", "skipped: backend declaring-0 does not declare RUNS_ON_CALLER_THREAD,"
                        + " the capability of optional rule 11.4"), run(DeclaresNothing.class));
    }

    @Test
    void anOptionalRuleRunsWhenTheBackendDeclaresItsCapability() {
        assertEquals(Map.of(
                "required_7_1_runsWhateverTheBackendDeclares()", "ran",
                "optional_10_1_needsFinalization()", "ran",
                "optional_11_4_needsTheCallersThread(BodyForm)[1]", "skipped: backend declaring-1 does not declare RUNS_ON_CALLER_THREAD,"
                        + " the capability of optional rule 11.4",
                "optional_11_4_needsTheCallersThread(BodyForm)[2]", "skipped: backend declaring-1 does not declare RUNS_ON_CALLER_THREAD,"
                        + " the capability of optional rule 11.4"), run(DeclaresFinalization.class));
    }
}

package org.corotck.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corotck.continuation.ContinuationBackend;
import org.corotck.selftest.mutants.AnswersCallsWhileRunningWithNull;
import org.corotck.selftest.mutants.BlocksOnConcurrentCall;
import org.corotck.selftest.mutants.SwallowsCloseRequest;
import org.corotck.statemachine.StateMachineBackend;
import org.corotck.tck.TckTimeoutError;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The self-test's judgement on made-up runs: each way a kill can be wrong is reported. */
class VerdictTest {
    private static final MutantBackend BREAKS_7_2 = new MutantBackend(new SwallowsCloseRequest(), StateMachineBackend::new);
    private static final MutantBackend BREAKS_7_2_STACKFUL = new MutantBackend(new SwallowsCloseRequest(), ContinuationBackend::new);
    private static final MutantBackend BREAKS_8_4_BY_WAITING = new MutantBackend(new BlocksOnConcurrentCall(), StateMachineBackend::new);
    private static final MutantBackend BREAKS_8_1_AND_9_8 = new MutantBackend(new AnswersCallsWhileRunningWithNull(), StateMachineBackend::new);

    private static TckRun run(TckRun.Failure... failures) {
        return run(List.of("required_7_2_x STATE_MACHINE", "required_7_2_x STACKFUL"), failures);
    }

    private static TckRun run(List<String> tests, TckRun.Failure... failures) {
        return new TckRun("mutant", tests, List.of(failures), 1.0);
    }

    private static TckRun.Failure failure(String test, String rule, Throwable cause) {
        return new TckRun.Failure(test, rule, cause);
    }

    private static <T extends Throwable> T thrownAt(T t, String className) {
        t.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "x", "X.java", 1),
                new StackTraceElement("org.junit.platform.Launcher", "run", "Launcher.java", 1)});
        return t;
    }

    @Test
    void aRightKillHasNoProblem() {
        assertEquals(List.of(), Verdict.problems(BREAKS_7_2,
                run(failure("required_7_2_closeRaisesCoroutineExitAtTheYield STATE_MACHINE", "7.2", new AssertionFailedError("rule 7.2: ...")))));
    }

    @Test
    void aSurvivorIsReported() {
        assertTrue(Verdict.problems(BREAKS_7_2, run()).get(0).contains("survived"));
    }

    @Test
    void failuresOfOtherRulesOnlyAreNoKill() {
        List<String> problems = Verdict.problems(BREAKS_7_2,
                run(failure("required_7_1_closeRunsFinallyBlocksInnermostFirst", "7.1", new AssertionFailedError("rule 7.1"))));
        assertTrue(problems.get(0).startsWith("no test of rule 7.2 failed"), problems.toString());
    }

    @Test
    void aClassLevelCheckNamingTheRuleIsNoKill() {
        List<String> problems = Verdict.problems(BREAKS_7_2,
                run(failure(TckRun.Failure.CLASS_LEVEL, "7.2", new AssertionFailedError("rule 7.2: leak check ..."))));
        assertTrue(problems.get(0).startsWith("no test of rule 7.2 failed"), problems.toString());
    }

    @Test
    void anyNonAssertionExceptionOfTheTckItselfIsReportedAndIsNoKill() {
        for (RuntimeException crash : List.of(new NullPointerException("oops"), new IllegalStateException("oops"),
                new ClassCastException("oops"), new IndexOutOfBoundsException("oops"))) {
            List<String> problems = Verdict.problems(BREAKS_7_2,
                    run(failure("required_7_2_x STATE_MACHINE", "7.2", thrownAt(crash, "org.corotck.tck.CloseRules"))));
            assertTrue(problems.stream().anyMatch(p -> p.contains("the TCK itself threw " + crash.getClass().getSimpleName())), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("no test of rule 7.2 failed")), problems.toString());
        }
    }

    @Test
    void anExceptionATckBodyRaisesInsideTheBackendIsNoCrash() {
        IllegalStateException raised = new IllegalStateException("raised by a fixture's body");
        raised.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.corotck.tck.Fixtures", "lambda", "Fixtures.java", 1),
                new StackTraceElement("org.corotck.backendsupport.MachineRunner", "step", "MachineRunner.java", 1),
                new StackTraceElement("org.corotck.tck.CloseRules", "required_7_2_x", "CloseRules.java", 1)});
        assertEquals(List.of(), Verdict.problems(BREAKS_7_2, run(failure("required_7_2_x STATE_MACHINE", "7.2", raised))));
    }

    @Test
    void anAssertionOfTheTckIsNoCrash() {
        AssertionFailedError assertion = thrownAt(new AssertionFailedError("rule 7.2: expected ..."), "org.corotck.tck.CloseRules");
        assertEquals(List.of(), Verdict.problems(BREAKS_7_2, run(failure("required_7_2_x STATE_MACHINE", "7.2", assertion))));
    }

    @Test
    void aHangIsRecognisedByItsTypeAndIsNoKillUnlessTheRuleIsAboutWaiting() {
        TckTimeoutError hang = new TckTimeoutError(TckTimeoutError.Scope.TEST, "rule 7.2: the test did not finish within PT15S (hang?)");
        assertEquals(2, Verdict.problems(BREAKS_7_2, run(failure("required_7_2_x STATE_MACHINE", "7.2", hang))).size());
        TckTimeoutError blocked = new TckTimeoutError(TckTimeoutError.Scope.WAIT, "rule 8.4: a send did not return within PT2.5S (blocked?)");
        assertEquals(List.of(), Verdict.problems(BREAKS_8_4_BY_WAITING, run(List.of("required_8_4_x STATE_MACHINE"),
                failure("required_8_4_x STATE_MACHINE", "8.4", blocked))));
    }

    @Test
    void aTimeoutIsKnownByItsTypeNotItsWords() {
        AssertionFailedError wordedLikeOne = new AssertionFailedError("rule 7.2: still waiting after PT1S for the body (did not finish within)");
        assertEquals(List.of(), Verdict.problems(BREAKS_7_2, run(failure("required_7_2_x STATE_MACHINE", "7.2", wordedLikeOne))),
                "an assertion that merely says it waited is a real kill");
        TckTimeoutError waited = new TckTimeoutError(TckTimeoutError.Scope.WAIT, "rule 7.2: no words about time at all");
        List<String> problems = Verdict.problems(BREAKS_7_2, run(failure("required_7_2_x STATE_MACHINE", "7.2", waited)));
        assertTrue(problems.size() == 1 && problems.get(0).contains("only by running out of time"), problems.toString());
    }

    @Test
    void everyRuleAMutantBreaksMustBeKilled() {
        List<String> tests = List.of("required_8_1_x STATE_MACHINE", "required_9_8_x STATE_MACHINE");
        List<String> problems = Verdict.problems(BREAKS_8_1_AND_9_8, run(tests,
                failure("required_8_1_x STATE_MACHINE", "8.1", new AssertionFailedError("rule 8.1"))));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("no test of rule 9.8 failed"), problems.toString());
    }

    @Test
    void onAStackfulBaseTheStackfulHalfMustFail() {
        List<String> problems = Verdict.problems(BREAKS_7_2_STACKFUL,
                run(failure("required_7_2_x STATE_MACHINE", "7.2", new AssertionFailedError("rule 7.2"))));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no stackful test of rule 7.2 failed"), problems.toString());
        assertEquals(List.of(), Verdict.problems(BREAKS_7_2_STACKFUL,
                run(failure("required_7_2_x STACKFUL", "7.2", new AssertionFailedError("rule 7.2")))));
    }
}

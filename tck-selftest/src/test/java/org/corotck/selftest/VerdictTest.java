package org.corotck.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corotck.selftest.mutants.BlocksOnConcurrentCall;
import org.corotck.selftest.mutants.SwallowsCloseRequest;
import org.corotck.statemachine.StateMachineBackend;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The self-test's judgement on made-up runs: each way a kill can be wrong is reported. */
class VerdictTest {
    private static final MutantBackend BREAKS_7_2 = new MutantBackend(new SwallowsCloseRequest(), StateMachineBackend::new);
    private static final MutantBackend BREAKS_8_4_BY_WAITING = new MutantBackend(new BlocksOnConcurrentCall(), StateMachineBackend::new);

    private static TckRun run(TckRun.Failure... failures) {
        return new TckRun("mutant", 100, List.of(failures), 1.0);
    }

    private static TckRun.Failure failure(String test, String rule, Throwable cause) {
        return new TckRun.Failure(test, rule, cause);
    }

    @Test
    void aRightKillHasNoProblem() {
        assertEquals(List.of(), Verdict.problems(BREAKS_7_2,
                run(failure("required_7_2_closeRaisesCoroutineExitAtTheYield", "7.2", new AssertionFailedError("rule 7.2: ...")))));
    }

    @Test
    void aSurvivorIsReported() {
        assertTrue(Verdict.problems(BREAKS_7_2, run()).get(0).contains("survived"));
    }

    @Test
    void failuresOfOtherRulesOnlyAreNoKill() {
        List<String> problems = Verdict.problems(BREAKS_7_2,
                run(failure("required_7_1_closeRunsFinallyBlocksInnermostFirst", "7.1", new AssertionFailedError("rule 7.1"))));
        assertTrue(problems.get(0).startsWith("no test of rule [7.2] failed"), problems.toString());
    }

    @Test
    void aClassLevelCheckNamingTheRuleIsNoKill() {
        List<String> problems = Verdict.problems(BREAKS_7_2,
                run(failure(TckRun.Failure.CLASS_LEVEL, "7.2", new AssertionFailedError("rule 7.2: leak check ..."))));
        assertTrue(problems.get(0).startsWith("no test of rule [7.2] failed"), problems.toString());
    }

    @Test
    void anNpeOfTheTckItselfIsReported() {
        NullPointerException npe = new NullPointerException("oops");
        npe.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.corotck.tck.CloseRules", "x", "CloseRules.java", 1)});
        List<String> problems = Verdict.problems(BREAKS_7_2, run(failure("required_7_2_x", "7.2", npe)));
        assertTrue(problems.stream().anyMatch(p -> p.contains("the TCK itself threw")), problems.toString());
    }

    @Test
    void aHangIsNoKillUnlessTheRuleIsAboutWaiting() {
        AssertionFailedError hang = new AssertionFailedError("rule 7.2: the test did not finish within PT15S (hang?)");
        assertEquals(2, Verdict.problems(BREAKS_7_2, run(failure("required_7_2_x", "7.2", hang))).size());
        AssertionFailedError blocked = new AssertionFailedError("rule 8.4: a send did not return within PT2.5S (blocked?)");
        assertEquals(List.of(), Verdict.problems(BREAKS_8_4_BY_WAITING, run(failure("required_8_4_x", "8.4", blocked))));
    }
}

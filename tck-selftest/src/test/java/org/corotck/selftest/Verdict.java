package org.corotck.selftest;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a TCK run killed a mutant for the right reason; each problem is one sentence. Kept apart from
 * the test that runs the mutants so that the judgement itself can be tested on made-up runs.
 */
final class Verdict {
    private Verdict() {}

    static List<String> problems(MutantBackend mutant, TckRun run) {
        List<String> problems = new ArrayList<>();
        if (run.failures().isEmpty()) {
            problems.add(mutant + " survived: the TCK passed it (" + run.testsRun() + " tests)");
            return problems;
        }
        for (TckRun.Failure f : run.failures()) {
            if (f.tckCrashed()) {
                problems.add(f.test() + ": the TCK itself threw " + f.firstLine());
            }
            if (f.wedged() && !mutant.fault().caughtByWaiting()) {
                problems.add(f.test() + ": hung until its bound");
            }
        }
        // A kill is a failed test whose name carries the rule; a class-level check naming it does not count.
        List<TckRun.Failure> kills = run.failures().stream()
                .filter(f -> !f.classLevel() && mutant.breaks().contains(f.rule())).toList();
        if (kills.isEmpty()) {
            problems.add("no test of rule " + mutant.breaks() + " failed; failed instead: "
                    + run.failures().stream().map(f -> f.test() + " (" + f.firstLine() + ")").toList());
        } else if (!mutant.fault().caughtByWaiting() && kills.stream().allMatch(TckRun.Failure::waitedOut)) {
            problems.add("the tests of rule " + mutant.breaks() + " failed only by running out of time: "
                    + kills.stream().map(TckRun.Failure::firstLine).toList());
        }
        return problems;
    }
}

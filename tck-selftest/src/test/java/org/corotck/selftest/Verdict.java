package org.corotck.selftest;

import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.spi.Capability;

/**
 * Whether a TCK run killed a mutant for the right reason; each problem is one sentence. Kept apart from
 * the test that runs the mutants so that the judgement itself can be tested on made-up runs.
 *
 * <p>A mutant is killed when, for every rule it breaks, a test named after that rule failed by an assertion
 * of the TCK: not a class-level check, not the TCK crashing, and not only by a bounded wait running out
 * unless the mutant's fault is one only waiting can show. On a stackful base the stackful half of the rule's
 * tests must be among the failures, where that half ran: that is what the mutant is there to show.
 */
final class Verdict {
    static final String STACKFUL = "STACKFUL";

    private Verdict() {}

    static List<String> problems(MutantBackend mutant, TckRun run) {
        List<String> problems = new ArrayList<>();
        if (run.failures().isEmpty()) {
            problems.add(mutant + " survived: the TCK passed it (" + run.testsRun().size() + " tests)");
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
        boolean stackfulBase = mutant.capabilities().contains(Capability.STACKFUL);
        for (String rule : mutant.breaks()) {
            List<TckRun.Failure> kills = run.failures().stream()
                    .filter(f -> !f.classLevel() && !f.tckCrashed() && rule.equals(f.rule())).toList();
            if (kills.isEmpty()) {
                problems.add("no test of rule " + rule + " failed; failed instead: "
                        + run.failures().stream().map(f -> f.test() + " (" + f.firstLine() + ")").toList());
                continue;
            }
            if (!mutant.fault().caughtByWaiting() && kills.stream().allMatch(TckRun.Failure::waitedOut)) {
                problems.add("the tests of rule " + rule + " failed only by running out of time: "
                        + kills.stream().map(TckRun.Failure::firstLine).toList());
            }
            if (stackfulBase && run.ranInForm(rule, STACKFUL)
                    && kills.stream().noneMatch(f -> f.form().filter(STACKFUL::equals).isPresent())) {
                problems.add("on the stackful base " + mutant.baseName() + ", no stackful test of rule " + rule
                        + " failed, only " + kills.stream().map(TckRun.Failure::test).toList());
            }
        }
        return problems;
    }
}

package org.corotck.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.corotck.analysis.Run;
import org.corotck.analysis.Series;
import org.junit.jupiter.api.Test;

/**
 * Where the next round's forks go once some ratios are tight: the members of a ratio still wide (or without an
 * interval yet) run; those of tight ratios stop; a control runs while its group has a wide ratio, or has none.
 */
class PrecisionTest {
    static final Member RAW = new Member("Baselines.rawContinuation", Map.of(), "CONTINUATION", null);
    static final Member SEND = new Member("CoroutineBench.send", Map.of("backend", "continuation", "form", "machine"),
            "CONTINUATION", RAW.key());
    static final Member BOXED = new Member("Baselines.handWrittenBoxed", Map.of(), "CALL", null);
    static final Member CALL = new Member("Baselines.handWrittenCall", Map.of(), "CALL", null);
    static final Member SM = new Member("CoroutineBench.send", Map.of("backend", "state-machine", "form", "machine"),
            "CALL", BOXED.key());
    static final Member SM_DEPTH = new Member("CoroutineBench.delegationDepth10",
            Map.of("backend", "state-machine", "form", "machine"), "CALL", null);
    static final Member TAXI = new Member("TaxiBench.simulate", Map.of("backend", "state-machine", "taxis", "10"), "TAXI", null);
    static final List<Member> MEMBERS = List.of(RAW, SEND, BOXED, CALL, SM, SM_DEPTH, TAXI);

    /** A member's forks, one per round from 0, as the runner writes them. */
    static Series series(Member m, double... scores) {
        int[] rounds = java.util.stream.IntStream.range(0, scores.length).toArray();
        return new Series(m.fullName(), new TreeMap<>(m.params()), "avgt", "ns/op", scores, rounds, Optional.empty(),
                m.group(), Optional.ofNullable(m.reference()));
    }

    static Run run(Series... series) {
        return new Run("run.json", "default", "", "", "", "25", 0, 0.05, List.of(series));
    }

    /** Twelve forks around {@code median}, each off by up to {@code spread} (a fraction), in a fixed pattern. */
    static double[] around(double median, double spread) {
        return around(median, spread, 7);
    }

    /** As above, in the order {@code step} (prime to 12) walks, so that two series of different steps do not move together. */
    static double[] around(double median, double spread, int step) {
        double[] out = new double[12];
        for (int i = 0; i < out.length; i++) {
            out[i] = median * (1 + spread * ((i * step % 12) / 5.5 - 1));
        }
        return out;
    }

    static final double[] STEADY = around(100, 0.001);

    static final Precision FIVE_PERCENT = new Precision(MEMBERS, 0.05, 12);

    @Test
    void theMembersOfATightRatioStopAndThoseOfAWideOneRun() {
        Run run = run(series(RAW, STEADY), series(SEND, around(110, 0.01)),
                series(BOXED, STEADY), series(SM, around(250, 0.30)), series(SM_DEPTH, around(500, 0.30, 5)),
                series(CALL, STEADY), series(TAXI, STEADY));
        Set<String> needed = FIVE_PERCENT.needed(List.of(run), Set.of(), 12);
        assertFalse(needed.contains(SEND.key()), "continuation send ÷ raw is within ±1%");
        assertFalse(needed.contains(RAW.key()), "and so is its raw mechanism's only ratio");
        assertTrue(needed.contains(SM.key()), "state-machine send ÷ boxed call spreads ±30%");
        assertTrue(needed.contains(BOXED.key()), "its reference runs with it");
        assertTrue(needed.contains(SM_DEPTH.key()), "depth 10 ÷ send spreads too");
        assertFalse(needed.contains(CALL.key()), "a control runs the planned 12 rounds, no more");
        assertFalse(needed.contains(TAXI.key()), "as does a member of a group with no ratio");
    }

    /** A member in no headline ratio runs the rounds it would without a precision: the machine check reads such controls. */
    @Test
    void aMemberInNoRatioRunsThePlannedRoundsWhateverTheRatios() {
        Run tight = run(series(RAW, STEADY), series(SEND, around(110, 0.01)),
                series(BOXED, STEADY), series(SM, around(250, 0.01)), series(SM_DEPTH, around(500, 0.01, 5)),
                series(CALL, STEADY), series(TAXI, STEADY));
        assertEquals(Set.of(CALL.key(), TAXI.key()), FIVE_PERCENT.needed(List.of(tight), Set.of(), 7));
        assertEquals(Set.of(CALL.key(), TAXI.key()), FIVE_PERCENT.needed(List.of(tight), Set.of(), 11));
        assertEquals(Set.of(), FIVE_PERCENT.needed(List.of(tight), Set.of(), 12), "round 13 needs nobody: the run ends");
        assertEquals(Set.of(SEND.key(), RAW.key(), BOXED.key(), SM.key(), SM_DEPTH.key()),
                new Precision(MEMBERS, 0.001, 12).needed(List.of(tight), Set.of(), 12), "±1% is not within ±0.1%");
    }

    /** A run of controls alone (say, --backends threads leaves the allocation-free call with no ratio) ends as planned. */
    @Test
    void aRunWithoutRatiosEndsAfterThePlannedRounds() {
        Precision precise = new Precision(List.of(CALL), 0.05, 12);
        Run run = run(series(CALL, STEADY));
        assertEquals(Set.of(CALL.key()), precise.needed(List.of(run), Set.of(), 11));
        assertEquals(Set.of(), precise.needed(List.of(run), Set.of(), 12));
    }

    /** A member whose forks failed twice runs no more, and its partner stops too: no later fork of it could pair. */
    @Test
    void aRatioWithADeadMemberStopsBothMembers() {
        Run run = run(series(BOXED, STEADY), series(SM, around(250, 0.30)));
        assertEquals(Set.of(BOXED.key(), SM.key()), FIVE_PERCENT.needed(List.of(run), Set.of(), 12));
        assertEquals(Set.of(), FIVE_PERCENT.needed(List.of(run), Set.of(BOXED.key()), 12));
        assertEquals(Set.of(), FIVE_PERCENT.needed(List.of(run), Set.of(SM.key()), 12));
    }

    @Test
    void aRatioWithoutAnIntervalYetIsWide() {
        double[] five = {100, 100, 100, 100, 100};
        Run run = run(series(RAW, five), series(SEND, five));
        Set<String> needed = FIVE_PERCENT.needed(List.of(run), Set.of(), 12);
        assertTrue(needed.containsAll(Set.of(RAW.key(), SEND.key())), "five rounds give no 95% interval: " + needed);
    }

    @Test
    void aMemberAnyArmNeedsRunsUnderEveryArm() {
        Run tight = run(series(RAW, STEADY), series(SEND, around(110, 0.01)));
        Run wide = run(series(RAW, STEADY), series(SEND, around(110, 0.40)));
        Precision precise = new Precision(List.of(RAW, SEND), 0.05, 12);
        assertEquals(Set.of(), precise.needed(List.of(tight, tight), Set.of(), 12));
        assertEquals(Set.of(RAW.key(), SEND.key()), precise.needed(List.of(tight, wide), Set.of(), 12));
    }

    /** The runner knows a member as dead when its unit failed twice under any arm; a shared fork's failure kills all its members. */
    @Test
    void aUnitThatFailedTwiceUnderAnArmIsDead() {
        List<Arm> arms = Arm.parseAll(List.of("a", "b=-Xmn64m"), java.nio.file.Path.of("s.json"));
        Unit shared = new Unit(List.of(RAW, SEND), "CONTINUATION");
        List<Unit> plan = List.of(shared, Unit.of(BOXED), Unit.of(SM));
        Map<String, Integer> failures = Map.of(new Rounds.Job(shared, arms.get(1)).key(), 2,
                new Rounds.Job(Unit.of(SM), arms.get(0)).key(), 1);
        assertEquals(Set.of(RAW.key(), SEND.key()), Rounds.dead(plan, arms, failures));
    }

    @Test
    void aSharedForkRunsWhileAnyOfItsMembersIsNeeded() {
        Unit shared = new Unit(List.of(RAW, SEND), "CONTINUATION");
        assertTrue(Precision.needs(Set.of(SEND.key()), shared));
        assertFalse(Precision.needs(Set.of(SM.key()), shared));
        assertFalse(Precision.needs(Set.of(), Unit.of(RAW)));
    }

    /** The runner's forks of a ratio's two members pair by round, whichever rounds they ran in. */
    @Test
    void roundsASettledMemberSkippedAreLeftOutOfItsRatiosNotMisPaired() {
        Series send = new Series(SEND.fullName(), new TreeMap<>(SEND.params()), "avgt", "ns/op",
                new double[] {110, 110, 110, 110, 110, 110}, new int[] {0, 1, 2, 3, 4, 11}, Optional.empty(),
                SEND.group(), Optional.of(RAW.key()));
        Run run = run(series(RAW, STEADY), send);
        assertEquals(6, org.corotck.analysis.HeadlineRatio.of(run).get(0).estimate().n(), "the six rounds both ran in");
    }
}

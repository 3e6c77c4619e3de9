package org.corotck.benchmarks.harness;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corotck.analysis.HeadlineRatio;
import org.corotck.analysis.Run;

/**
 * Where the round runner's next forks go, once some ratios are tight: the rounds a time limit allows are spent on
 * the ratios still wide, not on those already within the asked precision. On this machine the spread between forks
 * differs by a factor of ten between groups (a state-machine send's ratio settles within ±3.5% in 12 rounds, a
 * thread handoff's needs 40 to 120 forks at the same spread), so equal rounds for every group leave the wide ones
 * wide and spend most of the time where it buys nothing. This is Kalibera and Jones's advice (ISMM 2013): repeat
 * where the variance is. Stopping a ratio once its interval is narrow enough is the fixed-width sequential interval
 * of Chow and Robbins (1965): its coverage tends to the nominal as the width asked shrinks; it is not stopping on
 * an effect, which would bias the ratio.
 *
 * <p>The ratios are the report's own ({@link HeadlineRatio#of}, read back from the file the runner has just
 * written), so the runner stops exactly the ratios the report will call tight.
 *
 * @param members every member of the run
 * @param fraction how tight a ratio must be: its 95% interval within this fraction of its median
 * @param plannedRounds the rounds every member in no headline ratio runs (the profile's, or {@code --rounds})
 */
record Precision(List<Member> members, double fraction, int plannedRounds) {

    /**
     * The keys of the members round {@code round} (from 0) needs, given each arm's run so far and the members that
     * can no longer run ({@code dead}: their forks failed twice). A member in a headline ratio runs while the ratio
     * is wider than {@link #fraction} (or has no interval yet), unless its partner is dead: then no fork of it can
     * pair any more. A member in no headline ratio (a control such as the allocation-free call, which the report's
     * machine check reads) runs the planned rounds, as without a precision, and no more. With several arms, a member
     * any arm needs runs under every arm, so that the arms keep their rounds alike.
     */
    Set<String> needed(List<Run> arms, Set<String> dead, int round) {
        Set<String> out = new HashSet<>();
        Set<String> inRatio = new HashSet<>();
        for (Run run : arms) {
            for (HeadlineRatio r : HeadlineRatio.of(run)) {
                List<String> pair = List.of(r.of().key(), r.to().key());
                inRatio.addAll(pair);
                if (!r.within(fraction) && pair.stream().noneMatch(dead::contains)) {
                    out.addAll(pair);
                }
            }
        }
        if (round < plannedRounds) {
            members.stream().map(Member::key).filter(k -> !inRatio.contains(k)).forEach(out::add);
        }
        out.removeAll(dead);
        return out;
    }

    /** Whether a round's unit is still needed: some member of it is (a shared fork runs all its members or none). */
    static boolean needs(Set<String> needed, Unit unit) {
        return unit.members().stream().anyMatch(m -> needed.contains(m.key()));
    }
}

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
 */
final class Precision {
    private Precision() {}

    /**
     * The keys of the members the next round still needs, given each arm's run so far: a member in a headline ratio
     * wider than {@code fraction} (or without an interval yet); a member in no headline ratio (a control such as the
     * allocation-free call) while its group has a wide ratio or has none at all. With several arms, a member any arm
     * needs runs under every arm, so that the arms keep their rounds alike.
     */
    static Set<String> needed(List<Run> arms, List<Member> members, double fraction) {
        Set<String> out = new HashSet<>();
        for (Run run : arms) {
            Set<String> inRatio = new HashSet<>();
            Set<String> groupsWithRatio = new HashSet<>();
            Set<String> groupsWide = new HashSet<>();
            for (HeadlineRatio r : HeadlineRatio.of(run)) {
                for (String key : List.of(r.of().key(), r.to().key())) {
                    inRatio.add(key);
                    String group = groupOf(members, key);
                    groupsWithRatio.add(group);
                    if (!r.within(fraction)) {
                        out.add(key);
                        groupsWide.add(group);
                    }
                }
            }
            for (Member m : members) {
                if (!inRatio.contains(m.key()) && (groupsWide.contains(m.group()) || !groupsWithRatio.contains(m.group()))) {
                    out.add(m.key());
                }
            }
        }
        return out;
    }

    /** Whether a round's unit is still needed: some member of it is (a shared fork runs all its members or none). */
    static boolean needs(Set<String> needed, Unit unit) {
        return unit.members().stream().anyMatch(m -> needed.contains(m.key()));
    }

    private static String groupOf(List<Member> members, String key) {
        return members.stream().filter(m -> m.key().equals(key)).map(Member::group).findFirst().orElse("");
    }
}

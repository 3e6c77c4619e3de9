package org.corotck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corotck.analysis.stats.Estimate;
import org.corotck.analysis.stats.Modes;
import org.corotck.analysis.stats.OrderStatistics;

/**
 * What one run says of a series, or of two series together: medians over forks with their 95% intervals,
 * modes, and ratios taken round by round. The variance on a shared machine lives between forks and drifts
 * with time (Georges et al. 2007; Kalibera and Jones 2013), so a ratio pairs the two forks of each round,
 * which ran minutes apart at most, and its interval comes from the spread of those per-round ratios. Two series
 * that took turns in shared forks pair closer still: iteration by iteration within each fork, and their ratio's
 * interval comes from the spread over forks.
 */
public final class Analysis {
    /** Every interval in the reports. */
    public static final double CONFIDENCE = 0.95;

    private Analysis() {}

    /** The median fork score with its distribution-free 95% interval. */
    public static Estimate median(Series s) {
        return OrderStatistics.medianInterval(s.forkScores(), CONFIDENCE);
    }

    public static List<Modes.Mode> modes(Series s) {
        return Modes.of(s.forkScores());
    }

    /**
     * One sample of a ratio: the two fork scores it compares and the ratio itself. For two series that took turns
     * in the same forks the ratio is the median, over the fork's turns, of the two members' iterations of each turn
     * (100 ms apart in one JVM, so in one state of the machine); otherwise the ratio of the two forks of a round.
     */
    record Pair(double of, double to, double ratio) {}

    /** The samples of {@code of / to}: one per shared fork, or one per round both ran in, in order. */
    static List<Pair> pairs(Series of, Series to) {
        List<Pair> out = new ArrayList<>();
        if (of.sharesForksWith(to)) {
            for (int i = 0; i < of.forks(); i++) {
                double r = turnRatio(of.iterations()[i], to.iterations()[i]);
                if (!Double.isNaN(r)) {
                    out.add(new Pair(of.forkScores()[i], to.forkScores()[i], r));
                }
            }
            return out;
        }
        int[] rounds = java.util.Arrays.stream(of.rounds()).distinct().toArray();
        for (int round : rounds) {
            double mine = of.inRound(round);
            double other = to.inRound(round);
            if (!Double.isNaN(mine) && !Double.isNaN(other) && other != 0) {
                out.add(new Pair(mine, other, mine / other));
            }
        }
        return out;
    }

    /** The median over turns of {@code of[c] / to[c]}; NaN when the fork has no turn of both. */
    static double turnRatio(double[] of, double[] to) {
        int n = Math.min(of.length, to.length);
        double[] r = java.util.stream.IntStream.range(0, n).filter(c -> to[c] != 0).mapToDouble(c -> of[c] / to[c]).toArray();
        return OrderStatistics.median(r);
    }

    /** {@code of / to} per shared fork, or per round both ran in, in order. */
    public static double[] roundRatios(Series of, Series to) {
        return pairs(of, to).stream().mapToDouble(Pair::ratio).toArray();
    }

    /**
     * The per-round ratios of the rounds whose numerator fork fell in one mode of the numerator's forks and
     * whose reference fork in the same mode of the reference's: {@code rounds} of them, their median with its
     * interval (none under 6 rounds), their range.
     */
    public record ModeRatio(Modes.Mode mode, int rounds, Estimate ratio, double min, double max) {}

    /**
     * The ratio within each mode of {@code of}'s forks, in the order {@link Modes#of} gives (fastest first);
     * empty when {@code of} has one mode. Where the machine's state sets the mode of both sides of a round (a
     * thread handoff in its fast or its slow mode), the ratio within one mode says what the overhead is in that
     * state, which a median over rounds of both states does not. When the reference's forks fall into as many
     * modes, a round counts only if its two forks are in the same one (the i-th fastest of each); a round whose
     * forks ran in different states is left out, as its ratio compares two machines.
     */
    public static List<ModeRatio> ratioByMode(Series of, Series to) {
        List<Modes.Mode> modes = modes(of);
        if (modes.size() < 2) {
            return List.of();
        }
        List<Modes.Mode> toModes = modes(to);
        boolean matched = toModes.size() == modes.size();
        List<ModeRatio> out = new ArrayList<>();
        for (int k = 0; k < modes.size(); k++) {
            Modes.Mode m = modes.get(k);
            List<Double> in = new ArrayList<>();
            for (Pair p : pairs(of, to)) {
                if (in(m, p.of()) && (!matched || in(toModes.get(k), p.to()))) {
                    in.add(p.ratio());
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            double[] r = in.stream().mapToDouble(Double::doubleValue).toArray();
            double[] sorted = OrderStatistics.sorted(r);
            out.add(new ModeRatio(m, r.length, OrderStatistics.medianInterval(r, CONFIDENCE), sorted[0],
                    sorted[sorted.length - 1]));
        }
        return out;
    }

    private static boolean in(Modes.Mode m, double score) {
        return score >= m.min() && score <= m.max();
    }

    /** The median of the per-round ratios with its 95% interval; empty when the two never ran in one round. */
    public static Optional<Estimate> ratio(Series of, Series to) {
        double[] r = roundRatios(of, to);
        return r.length == 0 ? Optional.empty() : Optional.of(OrderStatistics.medianInterval(r, CONFIDENCE));
    }
}

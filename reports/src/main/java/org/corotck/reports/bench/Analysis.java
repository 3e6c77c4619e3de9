package org.corotck.reports.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corotck.reports.stats.Estimate;
import org.corotck.reports.stats.Modes;
import org.corotck.reports.stats.OrderStatistics;

/**
 * What one run says of a series, or of two series together: medians over forks with their 95% intervals,
 * modes, and ratios taken round by round. The variance on a shared machine lives between forks and drifts
 * with time (Georges et al. 2007; Kalibera and Jones 2013), so a ratio pairs the two forks of each round,
 * which ran minutes apart at most, and its interval comes from the spread of those per-round ratios.
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

    /** {@code of / to} in every round both ran in, in round order. */
    public static double[] roundRatios(Series of, Series to) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < of.rounds().length; i++) {
            double other = to.inRound(of.rounds()[i]);
            if (!Double.isNaN(other) && other != 0) {
                out.add(of.forkScores()[i] / other);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The median of the per-round ratios with its 95% interval; empty when the two never ran in one round. */
    public static Optional<Estimate> ratio(Series of, Series to) {
        double[] r = roundRatios(of, to);
        return r.length == 0 ? Optional.empty() : Optional.of(OrderStatistics.medianInterval(r, CONFIDENCE));
    }
}

package org.corotck.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the modes of a set of fork scores: groups separated by a clear gap, such as a ping-pong whose
 * forks ran either with both vCPUs sharing a cache (~0.2 µs) or not (~1.1 µs). An average of such forks
 * describes no fork at all, so the report shows each mode with its count.
 *
 * <p>The rule, on logarithms of the sorted scores: split at the widest gap between neighbours when it is
 * at least {@link #MIN_GAP} (+25%) and more than {@link #SPREAD_FACTOR} times the median gap between
 * neighbours; then look again inside each side. Forks of one mode differ by a few percent, so the rule does
 * not split a unimodal sample of ordinary spread, and a fork four times slower than the rest is a mode of one.
 */
public final class Modes {
    /** The smallest gap between modes: log(1.25). */
    static final double MIN_GAP = Math.log(1.25);
    static final double SPREAD_FACTOR = 4.0;
    private static final int MAX_MODES = 4;

    private Modes() {}

    /** One mode: how many forks, and their median, lowest and highest score. */
    public record Mode(int count, double median, double min, double max) {}

    /** The modes in increasing order of score; one mode when the sample has no clear gap. */
    public static List<Mode> of(double[] scores) {
        double[] s = OrderStatistics.sorted(scores);
        List<double[]> groups = new ArrayList<>();
        split(s, groups);
        List<Mode> modes = new ArrayList<>();
        for (double[] g : groups) {
            modes.add(new Mode(g.length, OrderStatistics.median(g), g[0], g[g.length - 1]));
        }
        return modes;
    }

    public static boolean multimodal(double[] scores) {
        return of(scores).size() > 1;
    }

    private static void split(double[] sorted, List<double[]> out) {
        int at = gapIndex(sorted);
        if (at < 0 || out.size() + 2 > MAX_MODES) {
            out.add(sorted);
            return;
        }
        split(Arrays.copyOfRange(sorted, 0, at), out);
        split(Arrays.copyOfRange(sorted, at, sorted.length), out);
    }

    /** The index where the upper side of a clear gap starts, or -1. */
    static int gapIndex(double[] sorted) {
        if (sorted.length < 3 || sorted[0] <= 0) {
            return -1;
        }
        double[] gaps = new double[sorted.length - 1];
        int best = 0;
        for (int i = 1; i < sorted.length; i++) {
            gaps[i - 1] = Math.log(sorted[i]) - Math.log(sorted[i - 1]);
            if (gaps[i - 1] > gaps[best]) {
                best = i - 1;
            }
        }
        double widest = gaps[best];
        double typical = OrderStatistics.median(gaps);
        return widest >= MIN_GAP && widest > SPREAD_FACTOR * typical ? best + 1 : -1;
    }
}

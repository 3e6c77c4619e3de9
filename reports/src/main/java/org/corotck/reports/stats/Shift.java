package org.corotck.reports.stats;

import java.util.Arrays;

/**
 * How much larger one sample is than another, as a ratio: the Hodges-Lehmann estimate of the shift
 * between their logarithms (the median of every pairwise difference log b_j - log a_i) with its
 * distribution-free interval from the Mann-Whitney distribution. On logs, a shift is a ratio, which is
 * what a slowdown is: "15% slower" whatever the absolute time.
 */
public final class Shift {
    private Shift() {}

    /**
     * The ratio b/a (1.15 for "b is 15% larger") with its interval at {@code confidence}; the interval is
     * NaN when the samples are too few for it.
     */
    public static Estimate ratio(double[] a, double[] b, double confidence) {
        int m = a.length;
        int n = b.length;
        double[] d = new double[m * n];
        int k = 0;
        for (double x : a) {
            for (double y : b) {
                d[k++] = Math.log(y) - Math.log(x);
            }
        }
        Arrays.sort(d);
        double estimate = Math.exp(OrderStatistics.median(d));
        int c = MannWhitney.criticalCount(m, n, 1 - confidence);
        if (c < 1) {
            return new Estimate(estimate, Double.NaN, Double.NaN, Math.min(m, n), Double.NaN);
        }
        return new Estimate(estimate, Math.exp(d[c - 1]), Math.exp(d[d.length - c]), Math.min(m, n), confidence);
    }
}

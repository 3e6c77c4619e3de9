package org.corotck.analysis.stats;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * How much larger one sample is than another: the Hodges-Lehmann estimate of the shift between them (the
 * median of every pairwise difference b_j - a_i) with its distribution-free interval from the Mann-Whitney
 * distribution. As a ratio the shift is taken between logarithms, which is what a slowdown is: "15% slower"
 * whatever the absolute time; as a difference it is taken between the values themselves, for samples that
 * may be zero (CPU time over an idle window).
 */
public final class Shift {
    private Shift() {}

    /**
     * The ratio b/a (1.15 for "b is 15% larger") with its interval at {@code confidence}; the interval is
     * NaN when the samples are too few for it.
     */
    public static Estimate ratio(double[] a, double[] b, double confidence) {
        return hodgesLehmann(a, b, confidence, Math::log, Math::exp);
    }

    /**
     * The difference b - a (0.002 for "b is larger by 0.002") with its interval at {@code confidence}; the
     * interval is NaN when the samples are too few for it.
     */
    public static Estimate difference(double[] a, double[] b, double confidence) {
        return hodgesLehmann(a, b, confidence, x -> x, x -> x);
    }

    private static Estimate hodgesLehmann(double[] a, double[] b, double confidence, DoubleUnaryOperator onto,
            DoubleUnaryOperator back) {
        int m = a.length;
        int n = b.length;
        double[] d = new double[m * n];
        int k = 0;
        for (double x : a) {
            for (double y : b) {
                d[k++] = onto.applyAsDouble(y) - onto.applyAsDouble(x);
            }
        }
        Arrays.sort(d);
        double estimate = back.applyAsDouble(OrderStatistics.median(d));
        int c = MannWhitney.criticalCount(m, n, 1 - confidence);
        if (c < 1) {
            return new Estimate(estimate, Double.NaN, Double.NaN, Math.min(m, n), Double.NaN);
        }
        return new Estimate(estimate, back.applyAsDouble(d[c - 1]), back.applyAsDouble(d[d.length - c]),
                Math.min(m, n), confidence);
    }
}

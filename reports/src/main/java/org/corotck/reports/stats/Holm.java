package org.corotck.reports.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values over a family of tests. A comparison of 30 benchmark rows, each
 * tested at 5%, would flag some row in most comparisons of two identical runs; adjusted, the chance that
 * any row is flagged falsely stays at 5% for the whole comparison.
 */
public final class Holm {
    private Holm() {}

    /** The adjusted p-values, in the order given; NaN stays NaN and takes no part. */
    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int tested = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            if (!Double.isNaN(p[i])) {
                tested++;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY : p[i]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        for (int r = 0; r < tested; r++) {
            int i = order[r];
            running = Math.max(running, Math.min(1, (tested - r) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}

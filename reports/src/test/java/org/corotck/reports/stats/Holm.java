package org.corotck.reports.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values over a family of tests, which compare used until 2026-12-02: kept
 * beside the tests as the reference {@link BenjaminiHochberg}'s power is measured against.
 */
final class Holm {
    private Holm() {}

    /** The adjusted p-values, in the order given; NaN stays NaN and takes no part. */
    static double[] adjust(double[] p) {
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

package org.corotck.analysis.stats;

import java.util.Arrays;

/**
 * Holm's step-down adjustment of p-values over a family of tests, which compare used until 2026-12-02: kept
 * beside the tests as the reference {@link BenjaminiHochberg}'s power is measured against.
 */
final class Holm {
    private Holm() {}

    /** The adjusted p-values, in the order given; NaN stays NaN and takes no part. */
    static double[] adjust(double[] p) {
        int[] order = BenjaminiHochberg.testedAscending(p);
        int tested = order.length;
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

package org.corotck.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini-Hochberg step-up adjustment of p-values over a family of tests (J. R. Stat. Soc. B, 1995): a row
 * is significant when its adjusted p-value is below the level, and the expected share of false ones among the
 * rows flagged then stays at that level. When nothing changed at all, as between two runs of the same code, every
 * flag is false and that share is the chance of any flag: the same 5% for the whole comparison that Holm's method
 * gives. When some rows did change, it does not demand of each the strength Holm asks of the strongest alone, so
 * a real 15% slowdown on a few rows of a 33-row comparison is not lost to the others.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {}

    /** The adjusted p-values (q-values), in the order given; NaN stays NaN and takes no part. */
    public static double[] adjust(double[] p) {
        int[] order = testedAscending(p);
        int tested = order.length;
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 1;
        for (int r = tested - 1; r >= 0; r--) { // from the largest p down: q(k) = min over j >= k of p(j) m / j
            int i = order[r];
            running = Math.min(running, p[i] * tested / (r + 1));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /** The indices of the p-values that are not NaN, smallest p first: the family an adjustment works over. */
    static int[] testedAscending(double[] p) {
        return IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
    }
}

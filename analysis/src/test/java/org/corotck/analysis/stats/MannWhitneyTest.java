package org.corotck.analysis.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MannWhitneyTest {
    @Test
    void exactDistributionIsADistributionAndSymmetric() {
        double[] cdf = MannWhitney.exactCdf(4, 6);
        assertEquals(25, cdf.length);
        assertEquals(1.0, cdf[24], 1e-12);
        for (int u = 0; u < 24; u++) {
            double pu = cdf[u] - (u == 0 ? 0 : cdf[u - 1]);
            double pMirror = cdf[24 - u] - cdf[23 - u];
            assertEquals(pu, pMirror, 1e-12, "P(U = u) = P(U = mn - u)");
        }
    }

    /** The textbook table: for 10 + 10 samples, two-sided 5%, U <= 23 rejects. */
    @Test
    void criticalValueMatchesTheTable() {
        double[] cdf = MannWhitney.exactCdf(10, 10);
        assertTrue(cdf[23] <= 0.025, "P(U <= 23) = " + cdf[23]);
        assertTrue(cdf[24] > 0.025, "P(U <= 24) = " + cdf[24]);
        assertEquals(24, MannWhitney.criticalCount(10, 10, 0.05));
    }

    @Test
    void completeSeparationGivesTheSmallestPValue() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {6, 7, 8, 9, 10};
        assertEquals(2 / 252.0, MannWhitney.pValue(a, b), 1e-12, "2 / C(10, 5)");
        assertEquals(2 / 252.0, MannWhitney.pValue(b, a), 1e-12);
        assertEquals(25, MannWhitney.u(a, b));
    }

    @Test
    void allEqualIsNoEvidence() {
        assertEquals(1.0, MannWhitney.pValue(new double[] {3, 3, 3, 3, 3, 3}, new double[] {3, 3, 3, 3, 3, 3}));
    }

    @Test
    void tiesUseTheCorrectedNormalApproximation() {
        double[] a = {1, 2, 2, 3, 3, 3, 4, 4};
        double[] b = {3, 4, 4, 5, 5, 5, 6, 6};
        double p = MannWhitney.pValue(a, b);
        assertTrue(p > 0.001 && p < 0.02, "clearly shifted with ties: " + p);
    }

    /** Two samples from one distribution are significant at 5% in about 5% of the trials, not more. */
    @Test
    void identicalDistributionsAreSignificantOnlyAtTheExpectedRate() {
        Random random = new Random(11);
        int significant = 0;
        int trials = 4000;
        for (int t = 0; t < trials; t++) {
            if (MannWhitney.pValue(forks(random, 12, 100, 0.03), forks(random, 12, 100, 0.03)) < 0.05) {
                significant++;
            }
        }
        double rate = significant / (double) trials;
        assertTrue(rate > 0.03 && rate <= 0.06, "false-positive rate " + rate);
    }

    /** A 15% slowdown of forks that spread by 3% is found every time with 12 forks a side. */
    @Test
    void aFifteenPercentShiftIsSignificant() {
        Random random = new Random(13);
        for (int t = 0; t < 500; t++) {
            double p = MannWhitney.pValue(forks(random, 12, 100, 0.03), forks(random, 12, 115, 0.03));
            assertTrue(p < 0.001, "trial " + t + ": p = " + p);
        }
    }

    /** Fork scores: log-normal around a median, as run-to-run noise is multiplicative. */
    static double[] forks(Random random, int n, double median, double spread) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = median * Math.exp(spread * random.nextGaussian());
        }
        return xs;
    }
}

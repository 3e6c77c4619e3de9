package org.corotck.analysis.stats;

import java.util.Arrays;

/**
 * The Mann-Whitney U test of two independent samples (the test benchstat uses): does one tend to be larger
 * than the other? It assumes nothing of the distributions, which suits fork scores (skewed, sometimes
 * multimodal). The p-value is exact for small samples without ties and from the normal approximation with
 * tie and continuity corrections otherwise.
 */
public final class MannWhitney {
    /** Up to this many samples per side the exact distribution is computed (a table of about m·n·mn/2 cells). */
    static final int EXACT_LIMIT = 50;

    private MannWhitney() {}

    /** U of {@code b} over {@code a}: the number of pairs (a_i, b_j) with b_j &gt; a_i, ties counting half. */
    public static double u(double[] a, double[] b) {
        double u = 0;
        for (double x : a) {
            for (double y : b) {
                u += y > x ? 1 : y == x ? 0.5 : 0;
            }
        }
        return u;
    }

    /** The two-sided p-value of the hypothesis that both samples come from one distribution. */
    public static double pValue(double[] a, double[] b) {
        int m = a.length;
        int n = b.length;
        if (m == 0 || n == 0) {
            return Double.NaN;
        }
        double u = u(a, b);
        if (!hasTies(a, b) && m <= EXACT_LIMIT && n <= EXACT_LIMIT) {
            double[] cdf = exactCdf(m, n);
            double lower = cdf[(int) u];
            double upper = 1 - (u >= 1 ? cdf[(int) u - 1] : 0);
            return Math.min(1, 2 * Math.min(lower, upper));
        }
        return normalApproximation(a, b, u);
    }

    /**
     * The exact distribution of U for sizes m and n without ties: {@code cdf[u] = P(U <= u)}. Counts by the
     * recurrence f(u; m, n) = f(u - n; m - 1, n) + f(u; m, n - 1) (the largest value is either from the
     * first sample, above all n of the second, or from the second).
     */
    static double[] exactCdf(int m, int n) {
        int max = m * n;
        // ways[i][j][u] for i <= m, j <= n, kept as two layers over i
        double[][] prev = new double[n + 1][];
        for (int j = 0; j <= n; j++) {
            prev[j] = new double[max + 1];
            prev[j][0] = 1; // i = 0: U = 0 in exactly one way
        }
        for (int i = 1; i <= m; i++) {
            double[][] cur = new double[n + 1][];
            cur[0] = new double[max + 1];
            cur[0][0] = 1;
            for (int j = 1; j <= n; j++) {
                double[] row = new double[max + 1];
                for (int u = 0; u <= i * j; u++) {
                    double w = cur[j - 1][u];
                    if (u - j >= 0) {
                        w += prev[j][u - j];
                    }
                    row[u] = w;
                }
                cur[j] = row;
            }
            prev = cur;
        }
        double[] counts = prev[n];
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] cdf = new double[max + 1];
        double run = 0;
        for (int u = 0; u <= max; u++) {
            run += counts[u];
            cdf[u] = run / total;
        }
        return cdf;
    }

    private static double normalApproximation(double[] a, double[] b, double u) {
        int m = a.length;
        int n = b.length;
        double[] all = new double[m + n];
        System.arraycopy(a, 0, all, 0, m);
        System.arraycopy(b, 0, all, m, n);
        Arrays.sort(all);
        double tieTerm = 0;
        for (int i = 0; i < all.length; ) {
            int k = i;
            while (k < all.length && all[k] == all[i]) {
                k++;
            }
            double t = k - i;
            tieTerm += t * t * t - t;
            i = k;
        }
        double big = m + n;
        double variance = m * (double) n / 12.0 * ((big + 1) - tieTerm / (big * (big - 1)));
        if (variance <= 0) {
            return 1; // every value equal: no evidence of a difference
        }
        double mean = m * (double) n / 2;
        double z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * Normal.upperTail(Math.max(0, z)));
    }

    private static boolean hasTies(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The critical count c of the Hodges-Lehmann interval: the largest c with P(U &lt;= c - 1) &lt;= alpha/2,
     * so that [d(c), d(mn + 1 - c)] of the sorted pairwise differences covers the shift with at least
     * 1 - alpha (Bauer 1972). 0 when the samples are too few for that coverage.
     */
    static int criticalCount(int m, int n, double alpha) {
        if (m <= EXACT_LIMIT && n <= EXACT_LIMIT) {
            double[] cdf = exactCdf(m, n);
            int c = 0;
            while (c < cdf.length && cdf[c] <= alpha / 2) {
                c++;
            }
            return c; // P(U <= c - 1) <= alpha/2 < P(U <= c)
        }
        double mean = m * (double) n / 2;
        double sd = Math.sqrt(m * (double) n * (m + n + 1) / 12.0);
        return (int) Math.floor(mean - Normal.quantile(1 - alpha / 2) * sd);
    }
}

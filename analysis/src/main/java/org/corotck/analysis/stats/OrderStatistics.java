package org.corotck.analysis.stats;

import java.util.Arrays;

/**
 * Medians and their distribution-free confidence intervals. The interval of a median from n samples is
 * a pair of order statistics [x(j), x(n+1-j)], chosen from the binomial distribution so that it covers the
 * true median with at least the asked probability whatever the samples' distribution (Conover, "Practical
 * Nonparametric Statistics", 3.2). Fork scores are neither normal nor symmetric here, so no t-interval.
 */
public final class OrderStatistics {
    private OrderStatistics() {}

    /** The median; the mean of the two middle values for an even count. */
    public static double median(double[] xs) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double[] s = sorted(xs);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * The interquartile range over the median, a spread that a few wild values do not move: the quartiles
     * interpolated between order statistics (Hyndman and Fan's type 7, as R and NumPy do by default).
     */
    public static double relativeInterquartileRange(double[] xs) {
        double[] s = sorted(xs);
        return (quantile(s, 0.75) - quantile(s, 0.25)) / median(s);
    }

    /** The {@code p}-quantile of sorted values, interpolated linearly between neighbours (type 7). */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double[] sorted(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s;
    }

    /**
     * The smallest count of samples whose median has an interval of the given coverage: 6 for 95%
     * (five samples give at most 1 - 2/32 = 93.75%).
     */
    public static int minimumSamples(double confidence) {
        int n = 1;
        while (coverage(n, 1) < confidence) {
            n++;
        }
        return n;
    }

    /**
     * The median with its interval at {@code confidence} (for example 0.95), or an interval of NaN when
     * too few samples can give that coverage (see {@link #minimumSamples}).
     */
    public static Estimate medianInterval(double[] xs, double confidence) {
        double[] s = sorted(xs);
        int n = s.length;
        double m = median(s);
        int j = rankForCoverage(n, confidence);
        if (j == 0) {
            return new Estimate(m, Double.NaN, Double.NaN, n, Double.NaN);
        }
        return new Estimate(m, s[j - 1], s[n - j], n, coverage(n, j));
    }

    /** The largest j &gt;= 1 with coverage(n, j) &gt;= confidence, or 0 when even j = 1 falls short. */
    static int rankForCoverage(int n, double confidence) {
        int best = 0;
        for (int j = 1; 2 * j <= n + 1; j++) {
            if (coverage(n, j) >= confidence) {
                best = j;
            } else {
                break;
            }
        }
        return best;
    }

    /** P(x(j) &lt;= median &lt;= x(n+1-j)) = 1 - 2 P(Binomial(n, 1/2) &lt;= j - 1). */
    static double coverage(int n, int j) {
        return 1 - 2 * binomialHalfCdf(n, j - 1);
    }

    /** P(Binomial(n, 1/2) &lt;= k), summed in logs so that n in the thousands does not overflow. */
    static double binomialHalfCdf(int n, int k) {
        if (k < 0) {
            return 0;
        }
        double sum = 0;
        double logHalfN = -n * Math.log(2);
        for (int i = 0; i <= Math.min(k, n); i++) {
            sum += Math.exp(logChoose(n, i) + logHalfN);
        }
        return Math.min(1, sum);
    }

    static double logChoose(int n, int k) {
        double r = 0;
        for (int i = 1; i <= k; i++) {
            r += Math.log(n - k + i) - Math.log(i);
        }
        return r;
    }
}

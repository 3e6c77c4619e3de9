package org.corotck.analysis.stats;

import java.util.Locale;

/**
 * A point estimate with its confidence interval: {@code low} and {@code high} are NaN when the samples
 * were too few for the asked coverage. {@code coverage} is the interval's actual coverage, at least the
 * one asked for (order-statistic intervals come in steps).
 */
public record Estimate(double value, double low, double high, int n, double coverage) {
    public boolean hasInterval() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** The half-width of the interval relative to the value: 0.05 for "within ±5%". */
    public double relativeHalfWidth() {
        if (!hasInterval()) {
            return Double.NaN;
        }
        return Math.max(high - value, value - low) / Math.abs(value);
    }

    /** Whether the whole interval lies at or below {@code bound}. */
    public boolean atMost(double bound) {
        return hasInterval() && high <= bound;
    }

    /** Whether the whole interval lies above {@code bound}. */
    public boolean above(double bound) {
        return hasInterval() && low > bound;
    }

    public Estimate scaled(double factor) {
        return new Estimate(value * factor, low * factor, high * factor, n, coverage);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%g [%g, %g] (n=%d)", value, low, high, n);
    }
}

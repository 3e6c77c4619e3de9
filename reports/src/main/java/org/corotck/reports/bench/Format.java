package org.corotck.reports.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corotck.analysis.stats.Estimate;
import org.corotck.analysis.stats.Modes;

/** How numbers read in the reports: three significant figures, thousands separated, intervals in brackets. */
public final class Format {
    private Format() {}

    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        // Each bound is where the value rounds up to the next decade (999.6 prints 1,000, not 1000; 9.996 prints
        // 10.0, not 10.00), so that the figures stay three and thousands are always separated.
        double a = Math.abs(v);
        if (a >= 999.5) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 99.95) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 9.995) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.9995) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** {@code 17.2 [16.9, 17.8]}, or the value and "n=3: too few forks for an interval". */
    public static String estimate(Estimate e) {
        if (!e.hasInterval()) {
            return number(e.value()) + " (n=" + e.n() + ": too few for an interval)";
        }
        return number(e.value()) + " [" + number(e.low()) + ", " + number(e.high()) + "]";
    }

    /** A ratio: {@code 1.18x [1.15, 1.21]}. */
    public static String ratio(Estimate e) {
        if (!e.hasInterval()) {
            return ratio(e.value()) + " (n=" + e.n() + ": too few for an interval)";
        }
        return ratio(e.value()) + " [" + ratio(e.low()) + ", " + ratio(e.high()) + "]";
    }

    public static String ratio(double v) {
        return String.format(Locale.ROOT, v >= 10 ? "%.1fx" : v >= 0.1 ? "%.2fx" : "%.3fx", v);
    }

    /** A change: {@code +15.2%}. */
    public static String percent(double ratio) {
        return String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
    }

    /** A change (new over base) in percent with its interval where it has one: {@code +15.2% [+9.8%, +20.1%]}. */
    public static String change(org.corotck.analysis.stats.Estimate change) {
        return percent(change.value()) + (change.hasInterval()
                ? " [" + percent(change.low()) + ", " + percent(change.high()) + "]" : "");
    }

    /** {@code 4 at 210 (202-256), 8 at 1,140 (1,022-1,362)}. */
    public static String modes(List<Modes.Mode> modes) {
        return modes.stream()
                .map(m -> m.count() + " at " + number(m.median())
                        + (m.count() > 1 ? " (" + number(m.min()) + "-" + number(m.max()) + ")" : ""))
                .collect(Collectors.joining(", "));
    }
}

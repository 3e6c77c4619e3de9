package org.corotck.reports.bench;

import org.corotck.analysis.stats.Estimate;

/** A target's verdict: met or not met only when the whole 95% interval lies on one side of the bound. */
public enum Verdict {
    MET("met"), NOT_MET("not met"), UNDECIDED("undecided: the interval straddles the bound"),
    NOT_MEASURED("not measured in this run"), CONTEXT("context, not judged");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** For "at most bound": met when the interval's top is at or below it, not met when its bottom is above. */
    public static Verdict atMost(Estimate e, double bound) {
        if (!e.hasInterval()) {
            return UNDECIDED;
        }
        return e.high() <= bound ? MET : e.low() > bound ? NOT_MET : UNDECIDED;
    }

    /** For a single measurement without an interval (heap after GC, CPU time over a window). */
    public static Verdict single(double value, double bound) {
        return Double.isNaN(value) ? NOT_MEASURED : value <= bound ? MET : NOT_MET;
    }
}

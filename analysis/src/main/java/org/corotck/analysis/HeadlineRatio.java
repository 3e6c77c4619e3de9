package org.corotck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corotck.analysis.stats.Estimate;

/**
 * A headline ratio of a run: a series over its reference (a backend over its raw mechanism), or a send through ten
 * delegators over the plain send of its backend and form; with the median and 95% interval {@link Analysis#ratio}
 * gives it. The report judges how tight each is, and the round runner asks the same after every round, to spend
 * its time on the ratios not yet tight.
 */
public record HeadlineRatio(String label, Series of, Series to, Estimate estimate) {
    /** How tight a headline ratio should be: its 95% interval within this fraction of its median. */
    public static final double TIGHT = 0.05;

    public boolean tight() {
        return within(TIGHT);
    }

    /** Whether the interval lies within {@code fraction} of the median (false without an interval). */
    public boolean within(double fraction) {
        return estimate.hasInterval() && estimate.relativeHalfWidth() <= fraction;
    }

    /** Every headline ratio of {@code run} whose two series ran in a common round (or shared a fork). */
    public static List<HeadlineRatio> of(Run run) {
        List<HeadlineRatio> out = new ArrayList<>();
        for (Series s : run.series()) {
            Optional<Series> ref = s.reference().flatMap(run::find);
            ref.flatMap(r -> Analysis.ratio(s, r)).ifPresent(e ->
                    out.add(new HeadlineRatio(s.key() + " ÷ " + ref.get().key(), s, ref.get(), e)));
        }
        for (Series s : run.series()) {
            if (s.shortName().equals(DEPTH_10)) {
                run.find(Series.key(SEND, s.params())).ifPresent(send ->
                        Analysis.ratio(s, send).ifPresent(e ->
                                out.add(new HeadlineRatio(s.key() + " ÷ send", s, send, e))));
            }
        }
        return out;
    }

    static final String SEND = "CoroutineBench.send";
    static final String DEPTH_10 = "CoroutineBench.delegationDepth10";
}

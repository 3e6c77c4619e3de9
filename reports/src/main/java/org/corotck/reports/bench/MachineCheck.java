package org.corotck.reports.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.corotck.analysis.Analysis;
import org.corotck.analysis.Series;
import org.corotck.analysis.stats.BenjaminiHochberg;
import org.corotck.analysis.stats.Estimate;
import org.corotck.analysis.stats.MannWhitney;
import org.corotck.analysis.stats.Shift;

/**
 * What two runs' controls say of the machine: the series no backend's code runs in (the raw mechanisms and the
 * plain calls, which have no {@code backend} param), so that a change between the runs is the machine's, not the
 * code's.
 *
 * <p>Two ways the machine can differ. It moved: a control changed significantly by more than the threshold; every
 * time moves with it, so a time's change says nothing. It moved unevenly: two controls changed by amounts whose
 * intervals do not overlap and that differ by more than the threshold; then ratios move too, since a series and its
 * raw mechanism need not slow alike. On this project's machine a noisy hour slowed the boxed call 45% and the
 * allocation-free call 13%, and a backend's ratio to the boxed call rose 19% with the code unchanged (README,
 * "The machine check").
 *
 * @param controls each control present in both runs with enough forks to judge, in the order of the comparison
 */
public record MachineCheck(List<Control> controls, double threshold) {

    /**
     * One control's change, the new run over the base (for a throughput, higher is faster), and its p-value adjusted
     * over the controls alone (a plain comparison's table adjusts the same series over all its rows).
     */
    public record Control(String key, Estimate change, boolean lowerIsBetter, double adjustedP) {
        boolean significant() {
            return adjustedP < Comparison.ALPHA;
        }

        /** How much slower the machine ran it: its change for a time, the inverse for a throughput. */
        double slowdown() {
            return lowerIsBetter ? change.value() : 1 / change.value();
        }

        double slowdownLow() {
            return lowerIsBetter ? change.low() : 1 / change.high();
        }

        double slowdownHigh() {
            return lowerIsBetter ? change.high() : 1 / change.low();
        }

        String text() {
            return "`" + key + "` " + Format.change(change);
        }
    }

    /**
     * A series no backend's code runs in, measured in forks of its own. A thread handoff's raw ping-pong, which
     * takes turns with its backends in shared forks, is left out: its time swings between the machine's modes (the
     * two vCPUs sharing a cache or not: 270 or 940 ns here, from one run to the next), which its turn-by-turn ratios
     * cancel, so as a control it would call nearly every pair of runs uneven.
     */
    static boolean isControl(Series s) {
        return !s.params().containsKey("backend") && s.sharedFork().isEmpty();
    }

    /**
     * @param forks per control key, the base's fork scores then the new run's
     * @param lowerIsBetter the keys of the controls measured as times (the others are throughputs)
     */
    static MachineCheck of(Map<String, double[][]> forks, java.util.Set<String> lowerIsBetter, double threshold) {
        List<String> keys = forks.entrySet().stream()
                .filter(e -> e.getValue()[0].length >= Comparison.MIN_FORKS && e.getValue()[1].length >= Comparison.MIN_FORKS)
                .map(Map.Entry::getKey).toList();
        double[] p = keys.stream().mapToDouble(k -> MannWhitney.pValue(forks.get(k)[0], forks.get(k)[1])).toArray();
        double[] adjusted = BenjaminiHochberg.adjust(p);
        List<Control> controls = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            double[][] f = forks.get(keys.get(i));
            controls.add(new Control(keys.get(i), Shift.ratio(f[0], f[1], Analysis.CONFIDENCE),
                    lowerIsBetter.contains(keys.get(i)), adjusted[i]));
        }
        return new MachineCheck(List.copyOf(controls), threshold);
    }

    /** The controls that changed significantly by more than the threshold, either way. */
    public List<Control> movers() {
        return controls.stream().filter(c -> c.significant()
                && Math.abs(Math.log(c.change().value())) > Math.log(1 + threshold)).toList();
    }

    /** Whether a control changed significantly by more than the threshold: every time moved with the machine. */
    public boolean moved() {
        return !movers().isEmpty();
    }

    /**
     * Whether two controls changed by amounts whose 95% intervals do not overlap and that differ by more than the
     * threshold: the machine slowed one kind of work more than another, which moves ratios too.
     */
    public boolean uneven() {
        return unevenPair().length > 0;
    }

    /**
     * The two controls, more changed first, that make the machine uneven (their intervals apart, their changes
     * differing by more than the threshold), the pair that differs most; else empty.
     */
    private Control[] unevenPair() {
        Control[] pair = new Control[0];
        double widest = 1 + threshold;
        for (Control more : controls) {
            for (Control less : controls) {
                boolean apart = more.change().hasInterval() && less.change().hasInterval()
                        && more.slowdownLow() > less.slowdownHigh();
                double apartBy = more.slowdown() / less.slowdown();
                if (apart && apartBy > widest) {
                    widest = apartBy;
                    pair = new Control[] {more, less};
                }
            }
        }
        return pair;
    }

    /** The paragraph a comparison shows: how the controls changed, and what that means for its verdicts. */
    public String markdown(boolean ratiosOnly) {
        if (controls.isEmpty()) {
            return "**Machine check:** no control in both runs with enough forks (the raw mechanisms and plain calls,"
                    + " which no backend's code runs in): whether the machine changed is unknown.";
        }
        String all = controls.stream().map(Control::text).collect(Collectors.joining(", "));
        String head = String.format(Locale.ROOT, "**Machine check:** %d control%s, which no backend's code runs in: %s. ",
                controls.size(), controls.size() == 1 ? "" : "s", all);
        Control[] pair = unevenPair();
        if (pair.length > 0) {
            return head + "**The machine differed unevenly** between the runs: " + pair[0].text() + " against "
                    + pair[1].text() + ". It slowed some work more than other work, and a series need not slow as its "
                    + "raw mechanism does, so " + (ratiosOnly ? "a ratio's" : "a time's or a ratio's") + " change below "
                    + "may be the machine's. Compare runs made in one job (`./main-job selftest`, or arms: "
                    + "`-- --arm`) or on equally calm hours (the report's machine section says how calm).";
        }
        if (moved()) {
            String movers = movers().stream().map(Control::text).collect(Collectors.joining(", "));
            return head + (ratiosOnly
                    ? "The machine moved (" + movers + ")" + (controls.size() == 1
                            ? "; with one control, whether evenly is not known: a ratio judged below is taken within a"
                                    + " run, which an even change does not move and an uneven one does."
                            : ", evenly as far as the controls tell: the ratios judged below are each taken within a "
                                    + "run, which an even change does not move.")
                    : "**The machine differed** between the runs (" + movers + "): every time below moved with it, "
                            + "so a time's change may be the machine's. Judge the ratios (`--ratios-only`), or compare "
                            + "runs made in one job.");
        }
        return head + "They moved alike and within the threshold: the machine was alike as far as they tell.";
    }

    /** One line for the error stream when the machine differed as it matters to the verdicts, else empty. */
    public String warning(boolean ratiosOnly) {
        Control[] pair = unevenPair();
        if (pair.length > 0) {
            return "the machine differed unevenly between the runs (" + pair[0].text().replace("`", "") + " against "
                    + pair[1].text().replace("`", "") + "): a change may be the machine's, see the machine check";
        }
        String movers = movers().stream().map(c -> c.text().replace("`", "")).collect(Collectors.joining(", "));
        if (!ratiosOnly && moved()) {
            return "the machine differed between the runs (" + movers + "): a time's change may be the machine's;"
                    + " judge the ratios (--ratios-only)";
        }
        if (moved() && controls.size() == 1) {
            return "the machine differed between the runs (" + movers + "), and with one control whether evenly is"
                    + " not known: a ratio's change may be the machine's";
        }
        return "";
    }
}

package org.corotck.reports.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corotck.analysis.Analysis;
import org.corotck.analysis.BadInputException;
import org.corotck.analysis.Run;
import org.corotck.analysis.Series;
import org.corotck.analysis.stats.BenjaminiHochberg;
import org.corotck.analysis.stats.Estimate;
import org.corotck.analysis.stats.MannWhitney;
import org.corotck.analysis.stats.Shift;

/**
 * Two runs compared as benchstat compares them: per benchmark and params, the change of the new run over
 * the base with its 95% interval (Hodges-Lehmann, on logarithms: a ratio), and a Mann-Whitney U test over
 * the forks. A change is significant when its p-value, adjusted by the Benjamini-Hochberg method over every row
 * of the comparison, is below 5%: two identical runs then flag a row in at most one comparison in twenty, however
 * many rows there are, and where some rows did change, at most about one flag in twenty is false. A regression
 * is a significant change worse than the threshold.
 *
 * <p>Beside each series measured against a raw mechanism, a second row compares its per-round ratio to
 * that mechanism: the overhead, which the machine's state (its modes) moves far less than a time, unless it slowed
 * the series and its mechanism unevenly. The {@link MachineCheck} tells, from the series no backend's code runs in.
 */
public final class Comparison {
    public static final double ALPHA = 0.05;
    /** Fewer forks than this on a side cannot be judged: not even a median interval exists. */
    public static final int MIN_FORKS = 6;

    /**
     * COMPARED: tested and judged; SHOWN: its change shown with its interval but not tested (a time, when only
     * the ratios are judged).
     */
    public enum Status {
        ONLY_BASE, ONLY_NEW, TOO_FEW, SHOWN, COMPARED
    }

    /**
     * One row: a series (absolute), or a series over its reference (a per-round ratio).
     *
     * @param change the new run over the base (1.15 is 15% larger), with its interval; null unless compared
     */
    public record Row(String key, boolean isRatio, String unit, boolean lowerIsBetter, Status status, double[] base,
            double[] next, Estimate baseMedian, Estimate newMedian, Estimate change, double p, double adjustedP,
            boolean significant, boolean regression, boolean improvement) {

        /** "~" when not significant, else the change with its interval and, past the threshold, its verdict. */
        public String verdictText() {
            return switch (status) {
                case ONLY_BASE -> "only in the base";
                case ONLY_NEW -> "only in the new run";
                case TOO_FEW -> "too few forks to judge (n=" + base.length + "+" + next.length + ", needs "
                        + MIN_FORKS + "+" + MIN_FORKS + "): run more rounds";
                case SHOWN -> changeText() + " (not judged: a time)";
                case COMPARED -> !significant ? "~"
                        : changeText() + (regression ? " **regression**" : improvement ? " improvement" : "");
            };
        }

        private String changeText() {
            return Format.change(change);
        }
    }

    private final String baseName;
    private final String newName;
    private final double threshold;
    private final boolean ratiosOnly;
    private final List<Row> rows;
    private final MachineCheck machine;

    public Comparison(Run base, Run next, double threshold) throws BadInputException {
        this(base, next, threshold, false);
    }

    /**
     * @param ratiosOnly judge only the rows of a series over its raw mechanism (per-round ratios); times are
     *     shown with their change and not tested. For runs made at different times, when the machine itself may
     *     have moved: a time moves with it, and a backend's ratio to the mechanism measured beside it far less, unless
     *     the machine moved unevenly ({@link MachineCheck#uneven()}).
     */
    public Comparison(Run base, Run next, double threshold, boolean ratiosOnly) throws BadInputException {
        this.baseName = base.name();
        this.newName = next.name();
        this.threshold = threshold;
        this.ratiosOnly = ratiosOnly;
        Map<String, Series[]> byKey = new LinkedHashMap<>();
        base.series().forEach(s -> byKey.computeIfAbsent(comparedAs(s), k -> new Series[2])[0] = s);
        next.series().forEach(s -> byKey.computeIfAbsent(comparedAs(s), k -> new Series[2])[1] = s);
        if (byKey.values().stream().noneMatch(p -> p[0] != null && p[1] != null)) {
            throw new BadInputException("no benchmark in common between " + base.name() + " and " + next.name());
        }
        List<Row> draft = new ArrayList<>();
        Map<String, double[][]> controls = new LinkedHashMap<>();
        java.util.Set<String> controlTimes = new java.util.HashSet<>();
        for (Map.Entry<String, Series[]> e : byKey.entrySet()) {
            Series a = e.getValue()[0];
            Series b = e.getValue()[1];
            Series any = a != null ? a : b;
            if (a != null && b != null && MachineCheck.isControl(a) && MachineCheck.isControl(b)) {
                controls.put(e.getKey(), new double[][] {a.forkScores(), b.forkScores()});
                if (a.lowerIsBetter()) {
                    controlTimes.add(e.getKey());
                }
            }
            draft.add(row(e.getKey(), false, any.unit(), any.lowerIsBetter(),
                    a == null ? null : a.forkScores(), b == null ? null : b.forkScores()));
            Optional<double[]> ra = ratios(base, a);
            Optional<double[]> rb = ratios(next, b);
            if (ra.isPresent() || rb.isPresent()) {
                // the side whose file names the reference: a plain JMH file (no "corotck" object) names none
                String ref = (ra.isPresent() ? a : b).reference().orElseThrow();
                draft.add(row(e.getKey() + " ÷ " + ref, true, "ratio", any.lowerIsBetter(), ra.orElse(null), rb.orElse(null)));
            }
        }
        this.rows = judge(ratiosOnly ? draft.stream().map(Comparison::shownUnlessRatio).toList() : draft);
        this.machine = MachineCheck.of(controls, controlTimes, threshold);
    }

    /**
     * What a series is matched by: its key, and its JMH mode unless that is the average time. A median of sampled
     * sends and a mean time per send are different statistics (on a thread handoff here, 1,100 against 1,500 ns),
     * so a series measured one way in one run and the other way in the next is listed as present in one file each.
     */
    static String comparedAs(Series s) {
        return s.mode().equals("avgt") ? s.key() : s.key() + " (" + s.mode() + ")";
    }

    private static Row shownUnlessRatio(Row r) {
        return r.isRatio() || r.status() != Status.COMPARED ? r
                : new Row(r.key(), false, r.unit(), r.lowerIsBetter(), Status.SHOWN, r.base(), r.next(), r.baseMedian(),
                        r.newMedian(), r.change(), Double.NaN, Double.NaN, false, false, false);
    }

    private static Optional<double[]> ratios(Run run, Series s) {
        if (s == null || s.reference().isEmpty()) {
            return Optional.empty();
        }
        return run.find(s.reference().get()).map(ref -> Analysis.roundRatios(s, ref));
    }

    private static Row row(String key, boolean isRatio, String unit, boolean lowerIsBetter, double[] a, double[] b) {
        Status status = a == null ? Status.ONLY_NEW : b == null ? Status.ONLY_BASE
                : a.length < MIN_FORKS || b.length < MIN_FORKS ? Status.TOO_FEW : Status.COMPARED;
        double[] base = a == null ? new double[0] : a;
        double[] next = b == null ? new double[0] : b;
        Estimate ma = median(base);
        Estimate mb = median(next);
        if (status != Status.COMPARED) {
            return new Row(key, isRatio, unit, lowerIsBetter, status, base, next, ma, mb, null, Double.NaN,
                    Double.NaN, false, false, false);
        }
        return new Row(key, isRatio, unit, lowerIsBetter, status, base, next, ma, mb,
                Shift.ratio(base, next, Analysis.CONFIDENCE), MannWhitney.pValue(base, next), Double.NaN, false,
                false, false);
    }

    private static Estimate median(double[] xs) {
        return org.corotck.analysis.stats.OrderStatistics.medianInterval(xs, Analysis.CONFIDENCE);
    }

    /** Each tested row's significance: its p-value adjusted over the tested rows (the others' p is NaN). */
    private List<Row> judge(List<Row> draft) {
        double[] p = draft.stream().mapToDouble(Row::p).toArray();
        double[] adjusted = BenjaminiHochberg.adjust(p);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            Row r = draft.get(i);
            if (r.status() != Status.COMPARED) {
                out.add(r);
                continue;
            }
            boolean significant = adjusted[i] < ALPHA;
            double worse = r.lowerIsBetter() ? r.change().value() : 1 / r.change().value();
            boolean regression = significant && worse > 1 + threshold;
            boolean improvement = significant && worse < 1 / (1 + threshold);
            out.add(new Row(r.key(), r.isRatio(), r.unit(), r.lowerIsBetter(), r.status(), r.base(), r.next(),
                    r.baseMedian(), r.newMedian(), r.change(), r.p(), adjusted[i], significant, regression,
                    improvement));
        }
        return List.copyOf(out);
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean anyRegression() {
        return rows.stream().anyMatch(Row::regression);
    }

    /** What the raw mechanisms, which no backend's code runs in, say of the machine between the two runs. */
    public MachineCheck machine() {
        return machine;
    }

    /** How many rows were tested, and the smallest p-value their fork counts allow, for the note on power. */
    public String powerNote() {
        long tested = rows.stream().filter(r -> r.status() == Status.COMPARED).count();
        // the smallest p-value the best-sampled row could reach: complete separation of its two samples
        double best = rows.stream().filter(r -> r.status() == Status.COMPARED)
                .mapToDouble(r -> 2.0 / binomial(r.base().length + r.next().length, r.base().length))
                .min().orElse(Double.NaN);
        if (tested == 0) {
            return "No row had enough forks on both sides to be tested.";
        }
        String note = String.format(Locale.ROOT, "%d rows tested; p-values adjusted over them by the Benjamini-Hochberg method.", tested);
        if (best * tested >= ALPHA) {
            note += " With these fork counts the smallest possible p-value, times the " + tested
                    + " rows, is not below 5%: no row can be significant alone. Run more rounds.";
        }
        return note;
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    /** The table a person reads: one line per row, "~" where nothing significant changed. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("Base: `").append(baseName).append("`. New: `").append(newName).append("`. ")
                .append("Medians over forks with 95% intervals; the change is the new run over the base ")
                .append("(Hodges-Lehmann, 95% interval), \"~\" when not significant (Mann-Whitney U, ")
                .append("p < 0.05 adjusted by Benjamini-Hochberg). A regression is significant and worse by more than ")
                .append(String.format(Locale.ROOT, "%.0f%%", threshold * 100)).append(". ")
                .append(ratiosOnly ? "Only the ratios are judged (--ratios-only): each series over the raw mechanism "
                        + "measured in the same rounds, which an even change of the machine (everything slower alike) does "
                        + "not move, and an uneven one (the machine check below) does. " : "")
                .append(powerNote()).append("\n\n")
                .append(machine.markdown(ratiosOnly)).append("\n\n");
        b.append("| benchmark | unit | base | new | change | p (adjusted) | forks |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| ").append(r.isRatio() ? "&nbsp;&nbsp;÷ " + r.key().substring(r.key().indexOf(" ÷ ") + 3)
                            : r.key())
                    .append(" | ").append(r.unit())
                    .append(" | ").append(r.base().length == 0 ? "" : Format.estimate(r.baseMedian()))
                    .append(" | ").append(r.next().length == 0 ? "" : Format.estimate(r.newMedian()))
                    .append(" | ").append(r.verdictText())
                    .append(" | ").append(Double.isNaN(r.p()) ? ""
                            : String.format(Locale.ROOT, "%.3f (%.3f)", r.p(), r.adjustedP()))
                    .append(" | ").append(r.base().length).append('+').append(r.next().length).append(" |\n");
        }
        long regressions = rows.stream().filter(Row::regression).count();
        long improvements = rows.stream().filter(Row::improvement).count();
        long same = rows.stream().filter(r -> r.status() == Status.COMPARED && !r.significant()).count();
        long shown = rows.stream().filter(r -> r.status() == Status.SHOWN).count();
        b.append(String.format(Locale.ROOT, "%n%s, %s, %s \"~\"%s.%n", counted(regressions, "regression"),
                counted(improvements, "improvement"), counted(same, "row"),
                shown == 0 ? "" : "; " + counted(shown, "time") + " shown, not judged"));
        return b.toString();
    }

    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

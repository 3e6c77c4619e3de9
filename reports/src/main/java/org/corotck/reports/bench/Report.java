package org.corotck.reports.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corotck.analysis.Analysis;
import org.corotck.analysis.HeadlineRatio;
import org.corotck.analysis.Run;
import org.corotck.analysis.Series;
import org.corotck.analysis.stats.Modes;
import org.corotck.analysis.stats.OrderStatistics;
import org.corotck.analysis.stats.Shift;

/**
 * One run into the Markdown report a person reads: a table per backend first (send latency, its ratio to
 * the raw mechanism, its ratio to CPython), then the targets and their verdicts, how tight every headline
 * ratio is, and every series. Backends are those present in the run, a user's included.
 */
public final class Report {
    /** A headline ratio's interval must lie within this fraction of its median. */
    public static final double TIGHT = HeadlineRatio.TIGHT;

    private final Run run;
    private final SideMeasurements side;
    private final List<Judgement.Judged> judged;

    public Report(Run run, SideMeasurements side, List<Target> targets) {
        this.run = run;
        this.side = side;
        this.judged = Judgement.of(targets, run, side);
    }

    public List<Judgement.Judged> judged() {
        return judged;
    }

    public Run run() {
        return run;
    }

    /** Every backend named by a {@code backend} param in the run, in the order first seen. */
    public List<String> backends() {
        Set<String> out = new LinkedHashSet<>();
        run.series().forEach(s -> {
            if (!s.param("backend").isEmpty()) {
                out.add(s.param("backend"));
            }
        });
        return List.copyOf(out);
    }

    public List<HeadlineRatio> headlineRatios() {
        return HeadlineRatio.of(run);
    }

    public String markdown(String title, String machine, List<String> charts) {
        StringBuilder b = new StringBuilder("# ").append(title).append("\n\n");
        header(b);
        if (machine != null && !machine.isBlank()) {
            b.append("## Machine\n\n").append(machine.strip()).append("\n\n");
        }
        backendTables(b);
        targets(b);
        tightness(b);
        sideMeasurements(b);
        if (!charts.isEmpty()) {
            b.append("## Charts\n\n");
            for (String c : charts) {
                b.append("![").append(c).append("](").append(c).append(")\n\n");
            }
        }
        everySeries(b);
        return b.toString();
    }

    private static void memoryRow(StringBuilder b, String name, Map<String, String> fields, int jvms, String each,
            String beyondBody, String ok) {
        b.append("| ").append(name).append(" | ").append(grouped(fields.getOrDefault("n", ""))).append(" | ").append(jvms)
                .append(" | ").append(each).append(" | ").append(beyondBody).append(" | ")
                .append(grouped(fields.getOrDefault("heapMaxMB", ""))).append(" | ")
                .append(ok.equals("true") ? "yes" : ok.equals("false") ? "**no**" : ok).append(" |\n");
    }

    /** A count from a side file as the rest of the report writes numbers (20,000), anything else as it is. */
    private static String grouped(String v) {
        return v.matches("\\d+") ? String.format(Locale.ROOT, "%,d", Long.parseLong(v)) : v;
    }

    /** One JVM's value, or the median of several with their range: "612 (540-688)". */
    private static String medianAndRange(Map<String, List<Map<String, String>>> lines, String name, String field) {
        return medianAndRange(SideMeasurements.numbers(lines, name, field));
    }

    /** An idle clock's field over each window, per second of the window: median (range), or empty. */
    private static String perSecond(List<Map<String, String>> windows, String field) {
        return medianAndRange(windows.stream()
                .mapToDouble(l -> SideMeasurements.parse(l.get(field)) / SideMeasurements.parse(l.get("seconds")))
                .filter(Double::isFinite).toArray());
    }

    private static String medianAndRange(double[] xs) {
        if (xs.length == 0) {
            return "";
        }
        double[] sorted = OrderStatistics.sorted(xs);
        String median = Format.number(OrderStatistics.median(sorted));
        return xs.length == 1 ? median
                : median + " (" + Format.number(sorted[0]) + "-" + Format.number(sorted[sorted.length - 1]) + ")";
    }

    private void header(StringBuilder b) {
        if (run.quick()) {
            b.append("> **Quick profile: a smoke test, not for comparison.** Too few forks for intervals that mean "
                    + "anything; `compare` refuses this file unless forced.\n\n");
        }
        if (!run.slowed().isEmpty()) {
            b.append("> **Deliberately slowed (the harness's self-test): ").append(run.slowed())
                    .append(".** Not a measurement of the real backend.\n\n");
        }
        String stopped = run.plannedRounds() <= run.rounds() ? "" : String.format(Locale.ROOT,
                run.precision() > 0 ? " (of up to %d: the job's time limit ended it)"
                        : " (of %d planned: the job's time limit left no time for more)", run.plannedRounds());
        b.append(String.format(Locale.ROOT, "Profile: **%s**, %d rounds%s. Each round runs one JVM fork of every "
                        + "series%s, in groups shuffled anew each round; a group is a raw mechanism and the series "
                        + "measured against it, run back to back.%s%s%n%n",
                run.profile().isEmpty() ? "plain JMH (forks counted as rounds)" : run.profile(), run.rounds(),
                stopped, run.precision() > 0 ? " it still needs" : "", precision(), sharedForks()));
        b.append("How to read it: a time is the **median over forks** (each fork's score is the median of its "
                + "measurement iterations, which a burst of the machine's noise in one of them does not move) with its **95% interval** in brackets, distribution-free (order "
                + "statistics). A ratio is taken **round by round** from forks that ran close in time, and its "
                + "median and interval come from the spread over rounds; for series that took turns in shared forks, "
                + "**turn by turn** within each fork (the median over its turns), and from the spread over those forks. "
                + "Where a series' forks fall into clearly "
                + "separate groups (modes, such as the two vCPUs sharing a cache or not), each mode is shown with "
                + "its count.\n\n");
    }

    /**
     * The sentence that says how the runner spent its time limit when it did so by precision ({@link Run#precision}),
     * or nothing.
     */
    private String precision() {
        if (run.precision() <= 0) {
            return "";
        }
        int[] forks = run.series().stream().mapToInt(Series::forks).toArray();
        long wide = headlineRatios().stream().filter(r -> !r.within(run.precision())).count();
        return String.format(Locale.ROOT, " Measured to a precision: every series ran the first 6 rounds; after that, a "
                        + "series in a headline ratio ran only while the ratio's interval was wider than ±%.1f%%, and a "
                        + "series in none (a control) the profile's rounds, so the time went where the spread was: a series "
                        + "has %d to %d forks (or shared forks). %s", run.precision() * 100,
                java.util.Arrays.stream(forks).min().orElse(0), java.util.Arrays.stream(forks).max().orElse(0),
                wide == 0 ? "Every headline ratio got that tight."
                        : wide + (wide == 1 ? " headline ratio was" : " headline ratios were")
                                + " still wider when the run ended.");
    }

    /** The sentence that says which groups took turns in shared forks, or nothing. */
    private String sharedForks() {
        Map<String, Integer> groups = new java.util.TreeMap<>();
        run.series().stream().filter(s -> !s.sharedFork().isEmpty())
                .forEach(s -> groups.put(s.sharedFork(), s.forks()));
        if (groups.isEmpty()) {
            return "";
        }
        return " The members of a thread-handoff group (" + groups.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue() + " forks").collect(java.util.stream.Collectors.joining(", "))
                + ") take turns in shared forks instead, turn by turn (one JMH iteration each), each fork in a turn order "
                + "of its own: a handoff moves with the machine's state from second to second, and a send and its raw "
                + "ping-pong a turn apart in one JVM share it. Their times are the **median of sampled operations** "
                + "(JMH's sample mode), turn by turn, not a mean: a mean of handoffs carries the milliseconds a vCPU "
                + "is descheduled, which no pairing cancels.";
    }

    private void backendTables(StringBuilder b) {
        b.append("## Backends\n\n");
        Optional<SideMeasurements.CPython> cpy = side.cpython();
        cpy.ifPresent(c -> b.append(String.format(Locale.ROOT,
                "CPython reference (%s, `gen.send` on a primed averager, %d timeit repeats): min %s ns, median %s ns, max %s ns.%n%n",
                c.version(), c.repeatsNs().length, Format.number(min(c.repeatsNs())),
                Format.number(org.corotck.analysis.stats.OrderStatistics.median(c.repeatsNs())),
                Format.number(max(c.repeatsNs())))));
        for (String backend : backends()) {
            b.append("### ").append(backend).append("\n\n");
            b.append("| body form | send ns/op | modes (forks at ns) | ÷ raw mechanism, paired | ÷ CPython gen.send | depth 10 ÷ send, paired | alloc B/op |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            boolean any = false;
            for (Series s : run.series()) {
                if (!s.shortName().equals("CoroutineBench.send") || !s.param("backend").equals(backend)) {
                    continue;
                }
                any = true;
                Optional<Series> ref = s.reference().flatMap(run::find);
                String toRef = ref.flatMap(r -> Analysis.ratio(s, r)).map(Format::ratio).orElse("");
                String toCpython = cpy.map(c -> Format.ratio(Shift.ratio(c.repeatsNs(), s.forkScores(), Analysis.CONFIDENCE)))
                        .orElse("not measured");
                String depth = run.find(Series.key("CoroutineBench.delegationDepth10", s.params()))
                        .flatMap(d -> Analysis.ratio(d, s)).map(Format::ratio).orElse("");
                List<Modes.Mode> modes = Analysis.modes(s);
                b.append("| ").append(s.param("form").isEmpty() ? "" : s.param("form"))
                        .append(" | ").append(Format.estimate(Analysis.median(s)))
                        .append(" | ").append(modes.size() > 1 ? "**" + Format.modes(modes) + "**" : "one mode")
                        .append(" | ").append(toRef).append(ref.map(r -> " (" + r.key() + ")").orElse(""))
                        .append(" | ").append(toCpython)
                        .append(" | ").append(depth)
                        .append(" | ").append(alloc(s))
                        .append(" |\n");
            }
            if (!any) {
                b.append("| (no `CoroutineBench.send` in this run) | | | | | | |\n");
            }
            b.append('\n');
        }
    }

    private void targets(StringBuilder b) {
        b.append("## Targets\n\n")
                .append("Met or not met only when the whole 95% interval lies on one side of the bound; undecided ")
                .append("when it straddles it. The last column is an explanation of what bounds a result, not a ")
                .append("measurement.\n\n")
                .append("| target | issue | measured | bound | verdict | what bounds it (explanation) |\n|---|---|---|---|---|---|\n");
        List<Judgement.Judged> unmeasured = new ArrayList<>();
        for (Judgement.Judged j : judged) {
            if (j.verdict() == Verdict.NOT_MEASURED) {
                unmeasured.add(j);
                continue;
            }
            Target t = j.target();
            b.append("| ").append(t.text()).append(" | ").append(t.issue())
                    .append(" | ").append(j.measured())
                    .append(" | ").append(Double.isNaN(t.bound()) ? "" : Format.number(t.bound()))
                    .append(" | **").append(j.verdict().text()).append("**")
                    .append(" | ").append(t.explanation()).append(" |\n");
        }
        if (!unmeasured.isEmpty()) {
            b.append("\nNot measured in this run (another profile or job measures them):\n\n");
            for (Judgement.Judged j : unmeasured) {
                b.append("- ").append(j.target().text()).append(" (issue ").append(j.target().issue()).append("): ")
                        .append(j.measured()).append('\n');
            }
        }
        b.append('\n');
    }

    /**
     * How calm the machine was, from two series no backend moves: the hand-written call's forks (no thread, no
     * allocation, no lock) and CPython's repeats (outside the JVM). Their spread is the machine's, so a reader can
     * tell a run's wide intervals from a backend's; the README of reports/reference has calm and noisy runs' values.
     * Past {@link #NOISY_CALL} or {@link #NOISY_CPYTHON} it calls the run noisy, within both calm; without
     * CPython's repeats it does not call a run calm.
     */
    String machineNoise() {
        List<String> parts = new ArrayList<>();
        boolean noisy = false;
        var call = run.find("Baselines.handWrittenCall").map(Series::forkScores).filter(f -> f.length >= NOISE_SAMPLES);
        if (call.isPresent()) {
            double spread = OrderStatistics.relativeInterquartileRange(call.get());
            noisy |= spread > NOISY_CALL;
            parts.add(String.format(Locale.ROOT, "the hand-written call's %d forks spread %.1f%%", call.get().length, spread * 100));
        }
        var cpython = side.cpython().map(SideMeasurements.CPython::repeatsNs).filter(r -> r.length >= NOISE_SAMPLES);
        if (cpython.isPresent()) {
            double spread = OrderStatistics.relativeInterquartileRange(cpython.get());
            noisy |= spread > NOISY_CPYTHON;
            parts.add(String.format(Locale.ROOT, "CPython's %d `gen.send` repeats %.1f%%", cpython.get().length, spread * 100));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "How calm the machine was: " + String.join(", and ", parts) + " (interquartile range over the median)."
                + " No backend moves either, so their spread is the machine's: where they spread wide too, a wide ratio"
                + " says more about the machine during the run than about the code. "
                + (noisy ? "**A noisy run** by these measures (the call's forks over 3% or CPython's repeats over 5%). On"
                        + " the reference machine such hours moved the ratios themselves beyond a calm run's intervals, with"
                        + " the code unchanged (reports/reference/README.md, \"A noisy hour moves the ratios themselves\"):"
                        + " compare this run only with runs of the same job (arms, the self-test), or run it again on a calm"
                        + " hour."
                        : cpython.isPresent()
                                ? "A calm run by these measures (the call's forks within 3%, CPython's repeats within 5%)."
                                : "Without CPython's repeats the call alone cannot call a run calm: on the reference"
                                        + " machine two noisy runs had its forks within 2.3%.")
                + "\n\n";
    }

    /**
     * Spreads past which a run is called noisy. On the reference machine the calm runs' call spread 0.5-1.6% and
     * CPython 2.1-3.3%, the noisy runs' 1.8-5.7% and 10.8-22.6% (reports/reference/README.md): CPython's repeats
     * tell them apart, and the call's bound only catches what it can where CPython was not measured.
     */
    private static final double NOISY_CALL = 0.03;
    private static final double NOISY_CPYTHON = 0.05;

    /** The fewest values whose quartiles mean something. */
    private static final int NOISE_SAMPLES = 4;

    private void tightness(StringBuilder b) {
        List<HeadlineRatio> ratios = headlineRatios();
        if (ratios.isEmpty()) {
            return;
        }
        long tight = ratios.stream().filter(HeadlineRatio::tight).count();
        b.append("## How tight the ratios are\n\n")
                .append(String.format(Locale.ROOT, "%d of %d ratios have a 95%% interval within ±%.0f%% of their median. "
                        + "A sample is a round, or a shared fork where the two series took turns in one. The samples a wide "
                        + "one would need is an estimate, not a promise: the interval of a median narrows about as one over "
                        + "the square root of the samples, while the spread between forks stays as this run saw it; where "
                        + "the numerator has modes, more samples only measure how often each occurs.%n%n",
                        tight, ratios.size(), TIGHT * 100))
                .append(withinModes(ratios))
                .append(machineNoise())
                .append("| ratio (per sample) | median [95%] | half-width | samples | samples for ±5% (estimate) | modes of the numerator "
                        + "| the ratio within each mode: samples, median [95%] or (range) |\n|---|---|---|---|---|---|---|\n");
        for (HeadlineRatio r : ratios) {
            List<Modes.Mode> modes = Analysis.modes(r.of());
            b.append("| ").append(r.label()).append(" | ").append(Format.ratio(r.estimate()))
                    .append(" | ").append(r.estimate().hasInterval()
                            ? String.format(Locale.ROOT, "±%.1f%%%s", r.estimate().relativeHalfWidth() * 100, r.tight() ? "" : " **wide**")
                            : "")
                    .append(" | ").append(r.estimate().n())
                    .append(" | ").append(roundsForTight(r))
                    .append(" | ").append(modes.size() > 1 ? Format.modes(modes) : "one")
                    .append(" | ").append(Analysis.ratioByMode(r.of(), r.to()).stream().map(Report::modeRatio)
                            .collect(java.util.stream.Collectors.joining("; "))).append(" |\n");
        }
        b.append('\n');
    }

    /** {@code 8 at 1,470: 1.00x [0.93x, 1.10x] ±8.5%}, or the range when the mode has too few rounds. */
    static String modeRatio(Analysis.ModeRatio m) {
        String at = m.rounds() + " at " + Format.number(m.mode().median()) + ": ";
        return m.ratio().hasInterval()
                ? at + Format.ratio(m.ratio()) + String.format(Locale.ROOT, " ±%.1f%%", m.ratio().relativeHalfWidth() * 100)
                : at + Format.ratio(m.ratio().value()) + " (" + Format.ratio(m.min()) + "-" + Format.ratio(m.max()) + ")";
    }

    /** What the ratios whose numerator falls into modes show within each mode, in one sentence. */
    static String withinModes(List<HeadlineRatio> ratios) {
        int modal = 0;
        int tightInEvery = 0;
        int modesTooFew = 0;
        for (HeadlineRatio r : ratios) {
            List<Analysis.ModeRatio> byMode = Analysis.ratioByMode(r.of(), r.to());
            if (byMode.isEmpty()) {
                continue;
            }
            modal++;
            modesTooFew += (int) byMode.stream().filter(m -> !m.ratio().hasInterval()).count();
            if (byMode.stream().allMatch(m -> m.ratio().hasInterval() && m.ratio().relativeHalfWidth() <= TIGHT)) {
                tightInEvery++;
            }
        }
        if (modal == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%d of the %d ratios whose numerator falls into modes have, within every mode, "
                + "a 95%% interval within ±%.0f%% (the ratio over the samples whose two forks ran in that mode, the i-th fastest "
                + "of each side's modes; a sample whose forks ran in different modes is left out); %d of their modes had "
                + "too few samples for an interval (under 6), and show their range.%n%n",
                tightInEvery, modal, TIGHT * 100, modesTooFew);
    }

    /** How many rounds would bring a wide ratio's half-width to TIGHT, at the spread this run saw. */
    static String roundsForTight(HeadlineRatio r) {
        if (!r.estimate().hasInterval()) {
            return "";
        }
        if (r.tight()) {
            return "(already)";
        }
        double scale = r.estimate().relativeHalfWidth() / TIGHT;
        long needed = (long) Math.ceil(r.estimate().n() * scale * scale - 1e-9); // 48.000001 is 48
        return needed > 1000 ? "over 1,000" : String.format(Locale.ROOT, "%,d", needed);
    }

    private void sideMeasurements(StringBuilder b) {
        if (!side.footprint().isEmpty() || !side.million().isEmpty()) {
            b.append("## Memory (Footprint main)\n\nWhere several JVMs measured a backend, bytes are their median with "
                    + "the range (a stackful coroutine keeps the frames the JIT compiled, which differ from one JVM to "
                    + "the next).\n\n| backend | coroutines | JVMs | bytes each | beyond the body | heap max MB | ok |\n"
                    + "|---|---|---|---|---|---|---|\n");
            side.footprint().forEach((name, all) -> {
                Map<String, String> last = all.get(all.size() - 1);
                String each = last.containsKey("bytesPerObject") ? "bytesPerObject" : "bytesPerCoroutine";
                boolean failed = all.stream().anyMatch(l -> "false".equals(l.get("ok")));
                String measured = medianAndRange(side.footprint(), name, each);
                memoryRow(b, name, last, all.size(), measured.isEmpty() && last.containsKey("skipped")
                                ? "not measured: " + last.get("skipped") : measured,
                        medianAndRange(side.footprint(), name, "beyondBody"), failed ? "false" : last.getOrDefault("ok", ""));
            });
            side.million().forEach((name, f) -> memoryRow(b, name, f, 1, f.getOrDefault("bytesPerCoroutine", ""),
                    f.getOrDefault("beyondBody", ""), f.getOrDefault("ok", "")));
            b.append('\n');
        }
        if (!side.idle().isEmpty()) {
            b.append("## Idle CPU (IdleCpu main)\n\nCPU time over idle windows: the JVM alone (`none`), N threads parked with no "
                    + "coroutine (`raw-parked-*`, the thread backends' raw mechanism at rest) and N suspended coroutines of each "
                    + "backend. Two clocks: the process's, in clock ticks (so a window reads a tick more or less) and with the JVM's "
                    + "own threads (compiler, collector, the handshakes that walk every thread); and its Java threads', to the "
                    + "microsecond, where a waiting side that spins would show. The targets take the shift over the windows.\n\n"
                    + "| what | coroutines or threads | windows | seconds each | process CPU ms a second: median (range) "
                    + "| Java threads' CPU µs a second: median (range) | ok |\n|---|---|---|---|---|---|---|\n");
            side.idle().forEach((name, all) -> {
                Map<String, String> last = all.get(all.size() - 1);
                List<Map<String, String>> measured = all.stream().filter(l -> "true".equals(l.get("ok"))).toList();
                boolean failed = all.stream().anyMatch(l -> "false".equals(l.get("ok")));
                b.append("| ").append(name).append(" | ").append(last.getOrDefault("n", "")).append(" | ")
                        .append(measured.size()).append(" | ").append(last.getOrDefault("seconds", "")).append(" | ")
                        .append(measured.isEmpty() ? last.getOrDefault("skipped", "") : perSecond(measured, "cpuMillis"))
                        .append(" | ").append(perSecond(measured, "javaThreadsCpuMicros")).append(" | ")
                        .append(failed ? "false" : last.getOrDefault("ok", "")).append(" |\n");
            });
            b.append('\n');
        }
    }

    /**
     * Bytes per operation; for a sampled series marked so: JMH's sampler allocates as it records, and a
     * threads send measured 56-67 B/op sampled against the 48 its average-time forks measured.
     */
    static String alloc(Series s) {
        return s.alloc().map(a -> String.format(Locale.ROOT, "%.0f", a) + (s.mode().equals("sample")
                ? " (sampled: the sampler's own allocation included)" : "")).orElse("");
    }

    private void everySeries(StringBuilder b) {
        b.append("## Every series\n\n`alloc` is `gc.alloc.rate.norm`, bytes allocated per operation, when the run used `-prof gc`.\n\n")
                .append("| series | unit | forks | median [95%] | modes | alloc B/op | group |\n|---|---|---|---|---|---|---|\n");
        for (Series s : run.series()) {
            List<Modes.Mode> modes = Analysis.modes(s);
            b.append("| ").append(s.key()).append(" | ").append(s.unit()).append(" | ").append(s.forks())
                    .append(" | ").append(Format.estimate(Analysis.median(s)))
                    .append(" | ").append(modes.size() > 1 ? Format.modes(modes) : "one")
                    .append(" | ").append(alloc(s))
                    .append(" | ").append(s.group()).append(" |\n");
        }
        b.append('\n');
    }

    static double min(double[] xs) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : xs) {
            m = Math.min(m, x);
        }
        return m;
    }

    static double max(double[] xs) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            m = Math.max(m, x);
        }
        return m;
    }
}

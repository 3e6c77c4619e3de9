package org.corotck.reports.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corotck.analysis.Analysis;
import org.corotck.analysis.Run;
import org.corotck.analysis.Series;
import org.corotck.analysis.stats.Estimate;
import org.corotck.analysis.stats.OrderStatistics;
import org.corotck.analysis.stats.Shift;

/** Each target judged from one run and the main job's side measurements. */
public final class Judgement {
    /** A target, what was measured for it, and its verdict. */
    public record Judged(Target target, String measured, Optional<Estimate> estimate, Verdict verdict) {}

    private Judgement() {}

    public static List<Judged> of(List<Target> targets, Run run, SideMeasurements side) {
        List<Judged> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(judge(t, run, side));
        }
        return out;
    }

    static Judged judge(Target t, Run run, SideMeasurements side) {
        return switch (t.kind()) {
            case "ratio" -> ratio(t, run);
            case "cpython" -> cpython(t, run, side);
            case "median" -> median(t, run);
            case "footprint" -> footprint(t, side);
            case "footprint-1m" -> million(t, side);
            case "idle" -> idle(t, side, IdleClock.PROCESS);
            case "idle-java" -> idle(t, side, IdleClock.JAVA_THREADS);
            default -> throw new IllegalStateException("targets.tsv: unknown kind " + t.kind() + " of " + t.id());
        };
    }

    private static Judged ratio(Target t, Run run) {
        Optional<Series> of = run.find(t.of());
        Optional<Series> to = run.find(t.to());
        if (of.isEmpty() || to.isEmpty()) {
            return notMeasured(t, of.isEmpty() ? t.of() : t.to());
        }
        Optional<Estimate> e = Analysis.ratio(of.get(), to.get());
        if (e.isEmpty()) {
            return new Judged(t, "never ran in the same round", Optional.empty(), Verdict.NOT_MEASURED);
        }
        return estimated(t, e.get(), Format.ratio(e.get()));
    }

    private static Judged cpython(Target t, Run run, SideMeasurements side) {
        Optional<Series> of = run.find(t.of());
        if (of.isEmpty()) {
            return notMeasured(t, t.of());
        }
        if (side.cpython().isEmpty()) {
            return new Judged(t, "CPython not measured in this job", Optional.empty(), Verdict.NOT_MEASURED);
        }
        Estimate e = Shift.ratio(side.cpython().get().repeatsNs(), of.get().forkScores(), Analysis.CONFIDENCE);
        return estimated(t, e, Format.ratio(e) + " of " + side.cpython().get().version() + "'s");
    }

    private static Judged median(Target t, Run run) {
        Optional<Series> of = run.find(t.of());
        if (of.isEmpty()) {
            return notMeasured(t, t.of());
        }
        Estimate e = Analysis.median(of.get());
        return estimated(t, e, Format.estimate(e) + " " + of.get().unit() + ", median over forks");
    }

    private static Judged estimated(Target t, Estimate e, String text) {
        return new Judged(t, text, Optional.of(e), t.judged() ? Verdict.atMost(e, t.bound()) : Verdict.CONTEXT);
    }

    /**
     * Bytes beyond the body, one value per JVM that measured them: the median with its interval once there are
     * enough JVMs for one (6 for 95%), judged as any other estimate; a file from a single JVM reads as one
     * measurement.
     */
    private static Judged footprint(Target t, SideMeasurements side) {
        double[] bytes = SideMeasurements.numbers(side.footprint(), t.of(), "beyondBody");
        if (bytes.length <= 1) {
            return single(t, bytes.length == 0 ? Double.NaN : bytes[0], " B");
        }
        Estimate e = OrderStatistics.medianInterval(bytes, Analysis.CONFIDENCE);
        return estimated(t, e, Format.estimate(e) + " B, median over " + bytes.length + " JVMs");
    }

    private static Judged single(Target t, double value, String unit) {
        if (Double.isNaN(value)) {
            return new Judged(t, "not measured in this job", Optional.empty(), Verdict.NOT_MEASURED);
        }
        return new Judged(t, Format.number(value) + unit + " (one measurement)", Optional.empty(),
                t.judged() ? Verdict.single(value, t.bound()) : Verdict.CONTEXT);
    }

    private static Judged million(Target t, SideMeasurements side) {
        var fields = side.million().get(t.of());
        if (fields == null) {
            return new Judged(t, "not measured in this job (the full profile runs it)", Optional.empty(),
                    Verdict.NOT_MEASURED);
        }
        boolean ok = Boolean.parseBoolean(fields.getOrDefault("ok", "false"));
        String measured = String.format(Locale.ROOT, "n=%s in -Xmx %s MB: %s", fields.getOrDefault("n", "?"),
                fields.getOrDefault("heapMaxMB", "?"), ok ? fields.getOrDefault("beyondBody", "?") + " B each beyond the body"
                        : "failed");
        return new Judged(t, measured + " (one measurement)", Optional.empty(), ok ? Verdict.MET : Verdict.NOT_MET);
    }

    /** The two clocks IdleCpu reads over each idle window, as its fields name them. */
    enum IdleClock {
        /** The process's CPU time (clock ticks, the JVM's own threads included), in ms. */
        PROCESS("cpuMillis", 1e3, "the process's CPU"),
        /** Its Java threads' CPU time but the reader's (to the nanosecond), in µs. */
        JAVA_THREADS("javaThreadsCpuMicros", 1e6, "its Java threads' CPU");

        final String field;
        final double perSecond;
        final String what;

        IdleClock(String field, double perSecond, String what) {
            this.field = field;
            this.perSecond = perSecond;
            this.what = what;
        }
    }

    /**
     * CPU over idle windows with a backend's coroutines suspended against the windows of its baseline ({@code to}:
     * the same number of raw parked threads, or {@code none}, the JVM alone), as a share of one core: the
     * Hodges-Lehmann difference with its interval over the windows, judged as any other estimate. A file of one
     * window a side (IdleCpu before 2026-12-03) reads as one measurement.
     */
    private static Judged idle(Target t, SideMeasurements side, IdleClock clock) {
        String baseline = t.to().isEmpty() ? "none" : t.to();
        for (String name : List.of(t.of(), baseline)) {
            List<Map<String, String>> lines = side.idle().getOrDefault(name, List.of());
            if (lines.isEmpty()) {
                return new Judged(t, "not measured in this job (" + name + ")", Optional.empty(), Verdict.NOT_MEASURED);
            }
            if (lines.get(0).containsKey("skipped")) {
                return new Judged(t, "not measured: " + lines.get(0).get("skipped"), Optional.empty(), Verdict.NOT_MEASURED);
            }
            if (lines.stream().anyMatch(l -> !"true".equals(l.get("ok")))) {
                return new Judged(t, name + " failed in this job", Optional.empty(), Verdict.NOT_MEASURED);
            }
            if (lines.stream().anyMatch(l -> !l.containsKey(clock.field))) {
                return new Judged(t, "not measured in this job (" + name + " has no " + clock.field + ")", Optional.empty(),
                        Verdict.NOT_MEASURED);
            }
            if (lines.stream().anyMatch(l -> !Double.isFinite(SideMeasurements.parse(l.get(clock.field)))
                    || !Double.isFinite(SideMeasurements.parse(l.get("seconds"))))) {
                return new Judged(t, "not measured: a line of " + name + " has no number for " + clock.field
                        + " or seconds", Optional.empty(), Verdict.NOT_MEASURED);
            }
        }
        double[] of = shares(side, t.of(), clock);
        double[] to = shares(side, baseline, clock);
        String against = baseline.equals("none") ? "the JVM alone" : baseline;
        if (of.length == 1 || to.length == 1) {
            double share = OrderStatistics.median(of) - OrderStatistics.median(to);
            return new Judged(t, String.format(Locale.ROOT, "%+.2f%% of a core beyond %s, %s (one idle window a side)",
                    share * 100, against, clock.what), Optional.empty(),
                    t.judged() ? Verdict.single(share, t.bound()) : Verdict.CONTEXT);
        }
        Estimate e = Shift.difference(to, of, Analysis.CONFIDENCE);
        String measured = String.format(Locale.ROOT,
                "%s of a core beyond %s, %s (%d and %d idle windows; %s and %s ms a second, medians)", percentOfCore(e),
                against, clock.what, of.length, to.length, Format.number(OrderStatistics.median(of) * 1000),
                Format.number(OrderStatistics.median(to) * 1000));
        return new Judged(t, measured, Optional.of(e), t.judged() ? Verdict.atMost(e, t.bound()) : Verdict.CONTEXT);
    }

    /** Each idle window's CPU time on {@code clock} as a share of one core over the window. */
    private static double[] shares(SideMeasurements side, String name, IdleClock clock) {
        return side.idle().get(name).stream()
                .mapToDouble(l -> Double.parseDouble(l.get(clock.field))
                        / (Double.parseDouble(l.get("seconds")) * clock.perSecond))
                .toArray();
    }

    private static String percentOfCore(Estimate e) {
        String value = String.format(Locale.ROOT, "%+.2f%%", e.value() * 100);
        return e.hasInterval() ? String.format(Locale.ROOT, "%s [%+.2f%%, %+.2f%%]", value, e.low() * 100, e.high() * 100)
                : value + " (n=" + e.n() + ": too few for an interval)";
    }

    private static Judged notMeasured(Target t, String missing) {
        return new Judged(t, "not in this run (" + missing + ")", Optional.empty(), Verdict.NOT_MEASURED);
    }
}

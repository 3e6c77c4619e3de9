package org.corotck.reports.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corotck.reports.stats.Estimate;
import org.corotck.reports.stats.OrderStatistics;
import org.corotck.reports.stats.Shift;

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
            case "idle" -> idle(t, side);
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

    private static Judged idle(Target t, SideMeasurements side) {
        double millis = SideMeasurements.number(side.idle(), t.of(), "cpuMillis");
        double none = SideMeasurements.number(side.idle(), "none", "cpuMillis");
        double seconds = SideMeasurements.number(side.idle(), t.of(), "seconds");
        if (Double.isNaN(millis) || Double.isNaN(none) || Double.isNaN(seconds) || millis < 0) {
            return new Judged(t, "not measured in this job", Optional.empty(), Verdict.NOT_MEASURED);
        }
        double share = (millis - none) / (seconds * 1000);
        String measured = String.format(Locale.ROOT, "%.0f ms CPU over %.0f s (the JVM alone: %.0f ms): %.2f%% of a core (one measurement)",
                millis, seconds, none, share * 100);
        return new Judged(t, measured, Optional.empty(), Verdict.single(share, t.bound()));
    }

    private static Judged notMeasured(Target t, String missing) {
        return new Judged(t, "not in this run (" + missing + ")", Optional.empty(), Verdict.NOT_MEASURED);
    }
}

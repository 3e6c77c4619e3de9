package org.corotck.reports.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.corotck.analysis.BadInputException;
import org.corotck.analysis.HeadlineRatio;
import org.corotck.analysis.Run;

/**
 * The harness tested as the TCK tests itself with mutants. A/A: two runs of the same code must compare as
 * "~" in at least 95% of their rows. A/B: a run in which one backend is deliberately slowed (a test-only
 * wrapper that spins for ~15% of the backend's time, a duty cycle) must be flagged as a regression in at least 95%
 * of that backend's rows, and no other row may change significantly, either way.
 */
public final class SelfTest {
    public static final double REQUIRED = 0.95;

    private final Run a1;
    private final Run a2;
    private final Run b;
    private final Comparison aa;
    private final Comparison ab;
    private final String slowedBackend;

    public SelfTest(Run a1, Run a2, Run b, double threshold) throws BadInputException {
        if (!a1.slowed().isEmpty() || !a2.slowed().isEmpty()) {
            throw new BadInputException("A1 and A2 must be unslowed runs; " + (a1.slowed().isEmpty() ? a2 : a1).name()
                    + " was slowed");
        }
        if (b.slowed().isEmpty()) {
            throw new BadInputException(b.name() + " was not slowed: run it with -Dcorotck.bench.slowdown=BACKEND:FRACTION");
        }
        this.a1 = a1;
        this.a2 = a2;
        this.b = b;
        this.slowedBackend = b.slowed().split(":")[0];
        this.aa = new Comparison(a1, a2, threshold);
        this.ab = new Comparison(a1, b, threshold);
    }

    private List<Comparison.Row> compared(Comparison c, Predicate<Comparison.Row> which) {
        return c.rows().stream().filter(r -> r.status() == Comparison.Status.COMPARED).filter(which).toList();
    }

    private boolean ofSlowed(Comparison.Row r) {
        String head = r.isRatio() ? r.key().substring(0, r.key().indexOf(" ÷ ")) : r.key();
        return (" " + head + " ").contains(" backend=" + slowedBackend + " ");
    }

    public double aaSameShare() {
        List<Comparison.Row> rows = compared(aa, r -> true);
        return rows.isEmpty() ? 0 : rows.stream().filter(r -> !r.significant()).count() / (double) rows.size();
    }

    public double abFlaggedShare() {
        List<Comparison.Row> rows = compared(ab, this::ofSlowed);
        return rows.isEmpty() ? 0 : rows.stream().filter(Comparison.Row::regression).count() / (double) rows.size();
    }

    /** Rows of the other backends and the raw mechanisms that changed significantly, either way: each a false flag. */
    public long abFlaggedElsewhere() {
        return compared(ab, r -> !ofSlowed(r)).stream().filter(Comparison.Row::significant).count();
    }

    public boolean aaPassed() {
        return !compared(aa, r -> true).isEmpty() && aaSameShare() >= REQUIRED;
    }

    public boolean abPassed() {
        return !compared(ab, this::ofSlowed).isEmpty() && abFlaggedShare() >= REQUIRED && abFlaggedElsewhere() == 0;
    }

    public boolean passed() {
        return aaPassed() && abPassed();
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "A/A: %.0f%% of %d rows \"~\" (needs %.0f%%): %s. A/B (%s slowed): %.0f%% of its %d rows flagged (needs %.0f%%), %d other %s flagged (needs 0): %s.",
                aaSameShare() * 100, compared(aa, r -> true).size(), REQUIRED * 100, aaPassed() ? "PASS" : "FAIL",
                b.slowed(), abFlaggedShare() * 100, compared(ab, this::ofSlowed).size(), REQUIRED * 100,
                abFlaggedElsewhere(), abFlaggedElsewhere() == 1 ? "row" : "rows", abPassed() ? "PASS" : "FAIL");
    }

    /** Whether the three runs were arms of one interleaved job (the round runner's {@code --arm}). */
    public boolean interleaved() {
        return !a1.arm().isEmpty() && !a2.arm().isEmpty() && !b.arm().isEmpty();
    }

    private String schedule() {
        return interleaved()
                ? "made with B in one job of interleaved arms: each round ran every member under " + a1.arm() + ", "
                        + a2.arm() + " and " + b.arm() + " back to back, in an order shuffled for each member, so that"
                        + " the comparisons see the code's difference and not the machine's between runs made minutes apart."
                        + (a1.placebo().isEmpty() || a2.placebo().isEmpty() ? ""
                                : " Their forks carried a placebo, `corotck.bench.slowdown=" + a1.placebo() + "`, which slows nothing:"
                                        + " with two more system properties alone a threads"
                                        + " send ran 10-15% slower here, so every arm's forks carry the same properties"
                                        + " but for the backend named, and each fork, in every arm, a random padding of"
                                        + " its own (the round runner's `corotck.bench.layout`).")
                : "one after the other.";
    }

    public String markdown() {
        StringBuilder s = new StringBuilder("# Self-test of the benchmark harness\n\n");
        s.append("As the TCK is tested with mutants, the harness is tested with runs whose answer is known.\n\n")
                .append("- **A/A**: `").append(a1.name()).append("` and `").append(a2.name())
                .append("`, two default runs of the same code, ").append(schedule())
                .append(" At least 95% of the compared rows must be \"~\".\n")
                .append("- **A/B**: `").append(a1.name()).append("` and `").append(b.name()).append("`, a default run in which the ")
                .append("test-only `SlowedBackend` wraps **").append(slowedBackend).append("** (`corotck.bench.slowdown=")
                .append(b.slowed()).append("`): it counts every step of a body on it (a state machine's resume, a stackful body's yield) ")
                .append("and every 1,024 steps spins for that fraction of the time since its last check, so that each of its rows, ")
                .append("a plain send as a send through ten delegators, is that fraction slower. At least 95% of its rows ")
                .append("must be flagged as regressions, and no other row flagged either way (a significant improvement elsewhere ")
                .append("is a false flag too).\n\n");
        s.append("**Result:** ").append(summary()).append("\n\n");
        s.append("## A/A\n\n").append(aa.markdown()).append('\n');
        s.append("## A/B\n\n").append(ab.markdown()).append('\n');
        s.append("## How tight the ratios of the first run are\n\n");
        Report report = new Report(a1, SideMeasurements.none(), List.of());
        List<HeadlineRatio> ratios = report.headlineRatios();
        long tight = ratios.stream().filter(HeadlineRatio::tight).count();
        s.append(String.format(Locale.ROOT, "%d of %d headline ratios have a 95%% interval within ±%.0f%%.%n%n", tight,
                ratios.size(), Report.TIGHT * 100));
        s.append("| ratio | median [95%] | half-width |\n|---|---|---|\n");
        for (HeadlineRatio r : ratios) {
            s.append("| ").append(r.label()).append(" | ").append(Format.ratio(r.estimate())).append(" | ")
                    .append(r.estimate().hasInterval()
                            ? String.format(Locale.ROOT, "±%.1f%%", r.estimate().relativeHalfWidth() * 100) : "")
                    .append(" |\n");
        }
        return s.toString();
    }
}

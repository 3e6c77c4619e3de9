package org.corotck.reports.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corotck.analysis.BadInputException;
import org.corotck.analysis.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare BASE NEW}: two runs compared as benchstat does; exit 0 same, 1 regression, 2 bad input. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Two JMH JSON files, base then new: per benchmark and params the change with its 95%% "
                + "interval, \"~\" when not significant (Mann-Whitney U over forks, adjusted by Benjamini-Hochberg).",
                "Exit 0: no significant regression past the threshold; 1: a regression; 2: bad input."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "the base run (JMH JSON)")
    Path base;

    @Parameters(index = "1", paramLabel = "NEW", description = "the new run (JMH JSON)")
    Path next;

    @Option(names = {"-t", "--threshold"}, defaultValue = "0.05",
            description = "a significant change worse than this fraction is a regression (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = {"-o", "--output"}, description = "also write the Markdown here")
    Path output;

    @Option(names = "--force", description = "compare quick-profile files too (not meant for comparison)")
    boolean force;

    @Option(names = "--ratios-only", description = "judge only each series over its raw mechanism (per-round ratios);"
            + " show the times, untested. For runs made at different times, as a CI baseline from another day: the"
            + " machine's own drift moves every time (5-9%% here from one day to the next, unchanged code), and the"
            + " ratios only where it slowed some work more than other work, which the machine check reports")
    boolean ratiosOnly;

    static void checkThreshold(double threshold) throws BadInputException {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) { // NaN too
            throw new BadInputException("--threshold must be a fraction >= 0, such as 0.05, got " + threshold);
        }
    }

    @Override
    public Integer call() throws Exception {
        checkThreshold(threshold);
        Output.prepare(output);
        Run a = Run.read(base);
        Run b = Run.read(next);
        for (Run r : List.of(a, b)) {
            if (r.quick() && !force) {
                throw new BadInputException(r.name() + " is from the quick profile, which is not for comparison "
                        + "(too few forks); run the default profile, or pass --force");
            }
        }
        if (!a.profile().equals(b.profile()) && !a.profile().isEmpty() && !b.profile().isEmpty()) {
            System.err.println("corotck-reports: warning: " + a.name() + " is of the " + a.profile() + " profile and "
                    + b.name() + " of the " + b.profile() + " profile; their forks differ, compare runs of one profile");
        }
        Comparison c = new Comparison(a, b, threshold, ratiosOnly);
        String md = "# Comparison\n\n" + c.markdown();
        System.out.print(md);
        if (output != null) {
            Output.write(output, md);
        }
        if (c.rows().stream().noneMatch(r -> r.status() == Comparison.Status.COMPARED)) {
            // exit 0 would tell CI that nothing regressed, when nothing was judged at all
            throw new BadInputException(ratiosOnly && c.rows().stream().noneMatch(Comparison.Row::isRatio)
                    ? "no ratio to judge (--ratios-only): no series of these runs has its raw mechanism beside it"
                    : "no series could be judged: each needs at least " + Comparison.MIN_FORKS
                            + " forks in both runs (run more rounds)");
        }
        String machine = c.machine().warning(ratiosOnly);
        if (!machine.isEmpty()) {
            System.err.println("corotck-reports: warning: " + machine);
        }
        if (c.anyRegression()) {
            System.err.println("corotck-reports: a significant regression of more than "
                    + java.math.BigDecimal.valueOf(threshold * 100).stripTrailingZeros().toPlainString() + "%"
                    + (machine.isEmpty() ? "" : ", on a machine that differed between the runs (warning above)"));
            return Exit.REGRESSION;
        }
        return Exit.OK;
    }
}

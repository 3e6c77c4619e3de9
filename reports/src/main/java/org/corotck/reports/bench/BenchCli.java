package org.corotck.reports.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare a.json b.json ...}: one Markdown table per benchmark + params, ratio to the first file,
 * whether the 99.9% intervals overlap; exit 1 when a result regressed past {@code --threshold}.
 * {@code report run.json}: the Markdown report with charts and the targets.
 */
@Command(name = "corotck-bench", mixinStandardHelpOptions = true, subcommands = {BenchCli.Compare.class, BenchCli.Report.class},
        description = "Compare JMH JSON runs and write benchmark reports.")
public final class BenchCli implements Callable<Integer> {
    /** Exit code when a regression is past the threshold. */
    public static final int REGRESSION = 1;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Two or more JMH JSON files: score ± error per file, ratio to the first, CI overlap.")
    static final class Compare implements Callable<Integer> {
        @Parameters(arity = "2..*", paramLabel = "JSON", description = "JMH JSON files; the first is the base")
        List<Path> files;

        @Option(names = {"-t", "--threshold"}, defaultValue = "0.10",
                description = "fail when a result is worse than the base by more than this fraction and the 99.9%% CIs do not overlap (default ${DEFAULT-VALUE})")
        double threshold;

        @Option(names = {"-o", "--output"}, description = "also write the Markdown here")
        Path output;

        @Override
        public Integer call() throws Exception {
            List<List<JmhResult>> runs = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Path f : files) {
                runs.add(JmhResult.read(f));
                names.add(f.getFileName().toString());
            }
            Comparison c = new Comparison(names, runs, threshold);
            String md = "# JMH comparison\n\nBase: " + names.get(0) + ". Regression threshold: "
                    + String.format(Locale.ROOT, "%.0f%%", threshold * 100)
                    + " worse, with non-overlapping 99.9% confidence intervals.\n\n" + c.markdown();
            System.out.print(md);
            if (output != null) {
                Files.writeString(output, md);
            }
            if (c.anyRegression()) {
                System.err.println("corotck-bench: regression past the threshold");
                return REGRESSION;
            }
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "One JMH JSON file: a Markdown report with tables, SVG charts and the issue's targets.")
    static final class Report implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "JSON")
        Path json;

        @Option(names = {"-o", "--output"}, required = true, description = "the Markdown file; charts go beside it")
        Path output;

        @Option(names = "--footprint", description = "output of org.corotck.benchmarks.Footprint")
        Path footprint;

        @Option(names = "--footprint-big", description = "output of the 1,000,000-coroutine Footprint run under -Xmx4g")
        Path footprintBig;

        @Option(names = "--idle", description = "output of org.corotck.benchmarks.IdleCpu")
        Path idle;

        @Option(names = "--cpython-ns", description = "CPython gen.send on a primed averager, ns per send")
        Double cpythonNs;

        @Option(names = "--machine", description = "a file describing the machine (nproc, CPU, JDK)")
        Path machine;

        @Option(names = "--title", defaultValue = "corotck benchmark report")
        String title;

        @Override
        public Integer call() throws Exception {
            BenchReport report = new BenchReport(JmhResult.read(json), footprint, footprintBig, idle, cpythonNs);
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            String prefix = output.getFileName().toString().replaceFirst("\\.md$", "");
            List<String> charts = Charts.write(report, dir, prefix);
            String md = report.markdown(title, machine == null ? null : Files.readString(machine), charts);
            Files.writeString(output, md);
            System.out.println("corotck-bench: wrote " + output + " and " + charts.size() + " charts");
            return 0;
        }
    }

    public static int run(String... args) {
        return new CommandLine(new BenchCli()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}

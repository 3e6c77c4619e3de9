package org.corotck.reports.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corotck.analysis.BadInputException;
import org.corotck.analysis.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report RUN.json}: the Markdown report of one run, with its charts and the targets' verdicts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "One JMH JSON file: a Markdown report with a table per backend, the targets' verdicts and SVG charts.")
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JSON", description = "the run's JMH JSON (from main-job or the round runner)")
    Path json;

    @Option(names = {"-o", "--output"}, required = true, description = "the Markdown file; charts go beside it")
    Path output;

    @Option(names = "--footprint", description = "output of org.corotck.benchmarks.Footprint")
    Path footprint;

    @Option(names = "--footprint-1m", description = "output of the 1,000,000-coroutine Footprint run under -Xmx4g")
    Path million;

    @Option(names = "--idle", description = "output of org.corotck.benchmarks.IdleCpu")
    Path idle;

    @Option(names = "--cpython", description = "CPython's gen.send timings: JSON {\"python\": ..., \"repeats_ns\": [...]}")
    Path cpython;

    @Option(names = "--machine", description = "a Markdown file describing the machine")
    Path machine;

    @Option(names = "--title", defaultValue = "corotck benchmark report", description = "the report's heading (default ${DEFAULT-VALUE})")
    String title;

    @Override
    public Integer call() throws Exception {
        Output.prepare(output);
        Run run = Run.read(json);
        Report report = new Report(run, SideMeasurements.read(footprint, million, idle, cpython), Target.builtIn());
        Path dir = output.toAbsolutePath().getParent();
        String prefix = output.getFileName().toString().replaceFirst("\\.md$", "");
        List<String> charts = Charts.write(report, dir, prefix);
        String machineText = null;
        if (machine != null) {
            if (!Files.exists(machine)) {
                throw new BadInputException(machine + ": no such file");
            }
            machineText = Files.readString(machine);
        }
        Output.write(output, report.markdown(title, machineText, charts));
        System.out.println("corotck-reports: wrote " + output + " and " + charts.size() + (charts.size() == 1 ? " chart" : " charts"));
        return Exit.OK;
    }
}

package org.corotck.reports;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corotck.analysis.BadInputException;
import org.corotck.reports.bench.CompareCommand;
import org.corotck.reports.bench.Exit;
import org.corotck.reports.bench.ReportCommand;
import org.corotck.reports.bench.SelfTestCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The reports tool ({@code java -jar reports/target/corotck-reports.jar}, or {@code ./main-job compare ...}):
 * the conformance matrix, and for benchmarks {@code compare}, {@code report} and {@code selftest}. Exit 0 when
 * all is well, 1 for a significant regression (or a failed self-test), 2 for bad input, reported in one line.
 */
@Command(name = "corotck-reports", mixinStandardHelpOptions = true,
        subcommands = {ConformanceMatrix.class, CompareCommand.class, ReportCommand.class, SelfTestCommand.class},
        description = "Conformance matrix; compare JMH runs, write benchmark reports, test the harness itself.")
public final class ReportsCli implements Callable<Integer> {
    public static final int OK = Exit.OK;
    public static final int REGRESSION = Exit.REGRESSION;
    public static final int BAD_INPUT = Exit.BAD_INPUT;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return BAD_INPUT;
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ReportsCli());
        cli.setErr(new PrintWriter(System.err, true));
        cli.setOut(new PrintWriter(System.out, true));
        // a usage error (a missing file argument, -t abc) is bad input too: one line naming what is wrong and where
        // the usage is, not the whole usage text, which would bury the line in a CI log
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("corotck-reports: " + e.getMessage().strip().replace('\n', ' ')
                    + " (usage: " + failed.getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof BadInputException) {
                line.getErr().println("corotck-reports: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}

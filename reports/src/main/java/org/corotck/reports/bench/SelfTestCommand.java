package org.corotck.reports.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corotck.analysis.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code selftest A1 A2 B}: the harness's own A/A and A/B test, judged; exit 0 when both pass. */
@Command(name = "selftest", mixinStandardHelpOptions = true,
        description = {"The harness's own test: A/A (two runs of the same code) and A/B (a run with one backend "
                + "deliberately slowed) compared, and judged.", "Exit 0 when both pass, 1 when one fails, 2 for bad input."})
public final class SelfTestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A1", description = "a default run")
    Path a1;

    @Parameters(index = "1", paramLabel = "A2", description = "a second default run of the same code")
    Path a2;

    @Parameters(index = "2", paramLabel = "B", description = "a default run with one backend slowed (corotck.bench.slowdown)")
    Path b;

    @Option(names = {"-t", "--threshold"}, defaultValue = "0.05", description = "as for compare (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = {"-o", "--output"}, required = true, description = "the Markdown report")
    Path output;

    @Override
    public Integer call() throws Exception {
        CompareCommand.checkThreshold(threshold);
        Output.prepare(output);
        SelfTest t = new SelfTest(Run.read(a1), Run.read(a2), Run.read(b), threshold);
        Output.write(output, t.markdown());
        System.out.println(t.summary());
        return t.passed() ? Exit.OK : Exit.REGRESSION;
    }
}

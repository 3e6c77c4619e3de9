package org.corotck.reports.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.corotck.analysis.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The machine check on the committed reference runs, as README ("The machine check") and reports/reference/README.md
 * describe it: the calm runs pass it with one another under --ratios-only, and fail it against the noisy ones. The
 * 10:31 and 12:20 runs ran the same backend code.
 */
class ReferenceRunsMachineCheckTest {
    static Comparison ratiosOnly(String base, String next) throws Exception {
        Path dir = Path.of("reference");
        return new Comparison(Run.read(dir.resolve(base + ".json")), Run.read(dir.resolve(next + ".json")), 0.05, true);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
            "2026-12-02-default, 2026-12-03-default",
            "2026-12-02-default, 2026-12-03-1040-default",
            "2026-12-03-default, 2026-12-03-1040-default",
            "selftest-a1, selftest-a2"})
    void calmRunsPassItWithOneAnother(String base, String next) throws Exception {
        Comparison c = ratiosOnly(base, next);
        assertFalse(c.machine().controls().isEmpty());
        assertFalse(c.machine().uneven(), c.machine().markdown(true));
        assertEquals("", c.machine().warning(true));
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
            "2026-12-02-default, 2026-12-03-1220-rounds24",
            "2026-12-02-default, 2026-12-03-1447-default",
            "2026-12-02-default, 2026-12-03-1638-default",
            "2026-12-03-default, 2026-12-03-1220-rounds24",
            "2026-12-03-default, 2026-12-03-1447-default",
            "2026-12-03-default, 2026-12-03-1638-default",
            "2026-12-03-1040-default, 2026-12-03-1220-rounds24",
            "2026-12-03-1040-default, 2026-12-03-1447-default",
            "2026-12-03-1040-default, 2026-12-03-1638-default"})
    void aCalmRunFailsItAgainstANoisyOne(String base, String next) throws Exception {
        Comparison c = ratiosOnly(base, next);
        assertTrue(c.machine().uneven(), c.machine().markdown(true));
        assertTrue(c.machine().warning(true).startsWith("the machine differed unevenly"), c.machine().warning(true));
    }

    /** The false regression that made the check: the same code, a calm hour against a noisy one. */
    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource("2026-12-03-1040-default, 2026-12-03-1220-rounds24")
    void theFalseRegressionComesWithTheWarning(String base, String next) throws Exception {
        Comparison c = ratiosOnly(base, next);
        assertTrue(c.anyRegression(), "the instrumented stackful send over the boxed call rose 18.7%");
        assertTrue(c.machine().uneven());
        assertTrue(c.machine().controls().stream().noneMatch(k -> k.key().startsWith("Baselines.parkUnpark")),
                "the handoffs' ping-pongs took turns in shared forks: not controls");
    }
}

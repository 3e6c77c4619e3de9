package org.corotck.tck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.quicktheories.QuickTheory;

/**
 * Every knob of the TCK in one place: each a system property, with an environment variable as fallback for
 * builds that cannot pass {@code -D} to the test JVM. Values are read at each use, not once, so that a run
 * may change them between TCK runs (the self-test turns them down for its mutants).
 */
public final class TckSettings {

    /**
     * One knob.
     *
     * @param property the system property
     * @param environment the environment variable read when the property is not set
     * @param fallback the default, as the README shows it
     * @param what what it sets
     */
    public record Knob(String property, String environment, String fallback, String what) {
        /** The value set, by property or else by environment variable; empty when neither is set. */
        public Optional<String> value() {
            String v = System.getProperty(property);
            if (v == null || v.isBlank()) {
                v = System.getenv(environment);
            }
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
        }

        int positiveInt(int fallbackValue) {
            return value().map(v -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n > 0) {
                        return n;
                    }
                } catch (NumberFormatException ignored) {
                    // the clear error below
                }
                throw invalid(v, "a positive whole number");
            }).orElse(fallbackValue);
        }

        IllegalArgumentException invalid(String v, String wanted) {
            return new IllegalArgumentException(property + " (or " + environment + ") must be " + wanted + ", got '" + v + "'");
        }
    }

    public static final Knob TIMEOUT_FACTOR = new Knob("corotck.timeoutFactor", "COROTCK_TIMEOUT_FACTOR", "1",
            "scales every bounded wait");
    public static final Knob EXAMPLES = new Knob("corotck.examples", "COROTCK_EXAMPLES", "200",
            "examples per model-based property");
    public static final Knob SEED = new Knob("QT_SEED", "QT_SEED", "random", "the QuickTheories seed, to replay a failure");
    public static final Knob ABANDONED = new Knob("corotck.abandoned", "COROTCK_ABANDONED", "2000",
            "coroutines rule 10.1 abandons at once");
    public static final Knob CHAIN_DEPTH = new Knob("corotck.chainDepth", "COROTCK_CHAIN_DEPTH", "10000",
            "levels of the deep delegation chains of rule 9.13 (at most a tenth of the backend's liveCoroutineHint)");
    public static final Knob FINALIZATION_SECONDS = new Knob("corotck.finalizationSeconds", "COROTCK_FINALIZATION_SECONDS",
            "60", "how long to wait for finalization, before the factor");
    public static final Knob STRESS_ROUNDS = new Knob("corotck.stressRounds", "COROTCK_STRESS_ROUNDS", "200",
            "rounds of the concurrency stress tests of section 8");
    public static final Knob CORPUS_PROGRAMS = new Knob("corotck.corpusPrograms", "COROTCK_CORPUS_PROGRAMS", "all",
            "corpus programs the corpus property replays");
    public static final Knob REPORT_DIR = new Knob("corotck.reportDir", "COROTCK_REPORT_DIR", "target/corotck",
            "where the conformance reports go");
    public static final Knob BACKEND = new Knob("corotck.backend", "COROTCK_BACKEND", "none",
            "the backend NamedBackendTck runs");

    private static final List<Knob> ALL = List.of(TIMEOUT_FACTOR, EXAMPLES, SEED, ABANDONED, CHAIN_DEPTH, FINALIZATION_SECONDS,
            STRESS_ROUNDS, CORPUS_PROGRAMS, REPORT_DIR, BACKEND);
    private static final AtomicBoolean PRINTED = new AtomicBoolean();

    private TckSettings() {}

    public static List<Knob> all() {
        return ALL;
    }

    /** The factor every bound is multiplied by; positive. */
    public static double timeoutFactor() {
        return TIMEOUT_FACTOR.value().map(v -> {
            try {
                double factor = Double.parseDouble(v);
                if (factor > 0) {
                    return factor;
                }
            } catch (NumberFormatException ignored) {
                // the clear error below
            }
            throw TIMEOUT_FACTOR.invalid(v, "a positive number");
        }).orElse(1.0);
    }

    public static int examples() {
        return EXAMPLES.positiveInt(200);
    }

    /** The QuickTheories seed set to replay a run, if any. */
    public static OptionalLong seed() {
        return SEED.value().map(v -> {
            try {
                return OptionalLong.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw SEED.invalid(v, "a whole number, as a failing property printed it");
            }
        }).orElse(OptionalLong.empty());
    }

    public static int abandoned() {
        return ABANDONED.positiveInt(2_000);
    }

    public static int chainDepth() {
        return CHAIN_DEPTH.positiveInt(10_000);
    }

    public static int finalizationSeconds() {
        return FINALIZATION_SECONDS.positiveInt(60);
    }

    public static int stressRounds() {
        return STRESS_ROUNDS.positiveInt(200);
    }

    public static int corpusPrograms() {
        return CORPUS_PROGRAMS.positiveInt(Integer.MAX_VALUE);
    }

    public static Path reportDir() {
        return Path.of(REPORT_DIR.value().orElse(REPORT_DIR.fallback()));
    }

    /** The backend named for {@link NamedBackendTck}, if any. */
    public static Optional<String> backend() {
        return BACKEND.value();
    }

    /** QuickTheories with {@code examples} examples and, when {@link #SEED} is set, that seed. */
    public static QuickTheory qt(int examples) {
        QuickTheory qt = QuickTheory.qt();
        OptionalLong seed = seed();
        if (seed.isPresent()) {
            qt = qt.withFixedSeed(seed.getAsLong());
        }
        return qt.withExamples(examples);
    }

    /** One line a knob set to other than its default, with its value: what a run's log shows of its settings. */
    public static String describe() {
        List<String> set = ALL.stream().filter(k -> k.value().filter(v -> !v.equals(k.fallback())).isPresent())
                .map(k -> "  " + k.property() + "=" + k.value().get() + " (default " + k.fallback() + "): " + k.what())
                .toList();
        return set.isEmpty() ? "corotck TCK settings: all defaults"
                : "corotck TCK settings:\n" + set.stream().collect(Collectors.joining("\n"));
    }

    /** Prints {@link #describe()} once per JVM, at the start of the first TCK class. */
    static void printOnce() {
        if (PRINTED.compareAndSet(false, true)) {
            System.out.println(describe());
        }
    }
}

package org.corotck.benchmarks.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.corotck.benchmarks.selftest.SlowedBackend;

/**
 * One arm of an interleaved comparison: the whole suite under its own JVM options, written to its own JMH JSON
 * file. With several arms, each round runs every member once per arm, the arms of a member back to back in an
 * order shuffled anew, so that two variants are measured in the same machine state and a comparison of their
 * files sees their difference, not the minutes between two runs (on the shared reference machine, a thread
 * handoff moved 20% between runs made 10 minutes apart; the README's benchmark section).
 *
 * @param name       the arm's name, inserted into the output file's name; null for a run without arms
 * @param jvmArgs    JVM options every fork of this arm gets, after the runner's own
 * @param slowdown   the self-test's {@value SlowedBackend#PROPERTY} among {@code jvmArgs}, else empty
 * @param out        the JMH JSON file of this arm
 */
record Arm(String name, List<String> jvmArgs, String slowdown, Path out) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.]+");
    private static final String SLOWDOWN = "-D" + SlowedBackend.PROPERTY + "=";

    /**
     * The single arm of a run without {@code --arm}: no options of its own, its file the run's; a slowdown set on
     * the runner's own JVM (which its forks inherit) is checked here, before any fork.
     */
    static Arm only(Path out) {
        String slowdown = System.getProperty(SlowedBackend.PROPERTY, "");
        if (!slowdown.isBlank()) {
            SlowedBackend.checkSpec(slowdown);
        }
        return new Arm(null, List.of(), slowdown, out);
    }

    /**
     * An arm from {@code NAME} or {@code NAME=OPTION[ OPTION...]}; its file is {@code out} with {@code -NAME}
     * before the extension ({@code selftest.json} and arm {@code b}: {@code selftest-b.json}).
     *
     * @throws IllegalArgumentException with a one-line reason when the spec is malformed
     */
    static Arm parse(String spec, Path out) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("--arm needs NAME or NAME=JVM-OPTIONS, its name letters, digits, '_' or"
                    + " '.', got '" + spec + "'");
        }
        List<String> args = eq < 0 ? List.of()
                : Arrays.stream(spec.substring(eq + 1).trim().split("\\s+")).filter(a -> !a.isEmpty()).toList();
        String slowdown = "";
        for (String a : args) {
            if (!a.startsWith("-")) {
                throw new IllegalArgumentException("--arm " + name + ": '" + a + "' is not a JVM option");
            }
            if (a.startsWith(SLOWDOWN)) {
                slowdown = a.substring(SLOWDOWN.length());
                try {
                    SlowedBackend.checkSpec(slowdown); // malformed: fails here, before any fork
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--arm " + name + ": " + e.getMessage());
                }
            }
        }
        String file = out.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String armFile = dot < 0 ? file + "-" + name : file.substring(0, dot) + "-" + name + file.substring(dot);
        return new Arm(name, List.copyOf(args), slowdown, out.resolveSibling(armFile));
    }

    /** The arms of {@code specs}, each name once. */
    static List<Arm> parseAll(List<String> specs, Path out) {
        List<Arm> arms = new ArrayList<>();
        for (String spec : specs) {
            Arm arm = parse(spec, out);
            if (arms.stream().anyMatch(a -> a.name().equals(arm.name()))) {
                throw new IllegalArgumentException("--arm " + arm.name() + " is given twice");
            }
            arms.add(arm);
        }
        return arms;
    }

    /** Whether this arm carries the self-test's placebo: a slowdown property that names no backend. */
    boolean placebo() {
        return !slowdown.isEmpty() && SlowedBackend.isPlacebo(slowdown);
    }

    /** How the log names a fork of this arm. */
    String label() {
        return name == null ? "" : "[" + name + "] ";
    }
}

package org.corotck.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.corotck.continuation.ContinuationBackend;
import org.corotck.spec.spi.Backend;
import org.corotck.statemachine.StateMachineBackend;
import org.corotck.threads.ThreadsBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Testing the TCK, as the Reactive Streams TCK does: every mutant backend must fail the TCK, and fail it
 * for the right reason: a test named after the rule the mutant breaks, by an assertion rather than a crash
 * of the TCK itself, and within time (a bounded wait may be the verdict only where the rule is about
 * blocking or threads ending). The unmutated bases, run with the same quick settings, must pass, so that
 * a kill is the mutation's doing. A mutant that survives fails the build. Writes the kill matrix.
 *
 * <p>Each mutant runs the tests of the rules it breaks, which is all the verdict needs; with
 * {@code -Dcorotck.selftest.wholeTck=true} it runs the whole TCK, and the kill matrix then shows every rule whose
 * tests caught it.
 *
 * <p>The bases run first, in a JVM no mutant has touched yet: whatever a mutant leaves behind (a thread, a busy
 * Cleaner) cannot fail them. After each mutant a canary checks that abandoned coroutines are still finalized
 * ({@link CleanerProbe}), so a mutant that leaves the shared Cleaner's thread busy is named, rather than the runs
 * after it failing their finalization rules.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MutantsAreKilledTest {
    private static final List<KillMatrix.Row> ROWS = Collections.synchronizedList(new ArrayList<>());
    private static QuickSettings settings;

    @BeforeAll
    static void quick() {
        settings = new QuickSettings();
    }

    @AfterAll
    static void writeMatrix() throws Exception {
        settings.close();
        List<KillMatrix.Row> rows = new ArrayList<>(ROWS);
        KillMatrix.write(Path.of("target", "corotck"), rows);
    }

    static Stream<MutantBackend> mutants() {
        return Mutants.all().stream();
    }

    static Stream<Backend> bases() {
        return Stream.of(new StateMachineBackend(), new ContinuationBackend(), new ThreadsBackend());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    @Order(3)
    void theTckKillsTheMutantNamingTheRuleItBreaks(MutantBackend mutant) {
        TckRun run = Boolean.getBoolean(TckRun.WHOLE_TCK) ? TckRun.against(mutant)
                : TckRun.against(mutant, Set.copyOf(mutant.breaks()));
        List<String> problems = Verdict.problems(mutant, run);
        ROWS.add(KillMatrix.Row.of(mutant, run, problems.isEmpty()));
        assertEquals(List.of(), problems, mutant + ": the TCK did not kill it for the right reason");
        String cleaner = CleanerProbe.problem();
        assertNull(cleaner, () -> mutant + " left this JVM unable to finalize abandoned coroutines: " + cleaner);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    @Order(2)
    void theUnmutatedBasesPassWithTheSameSettings(Backend base) {
        TckRun run = TckRun.against(base);
        // the whole message: a bounded wait's failure carries the dump of every thread, which is the diagnosis
        assertEquals(List.of(), run.failures().stream().map(f -> f.test() + ": " + f.firstLine()).toList(),
                () -> "backend " + base.name() + " under the self-test's quick settings; in full:\n" + run.failures().stream()
                        .map(f -> f.test() + ": " + f.cause()).collect(java.util.stream.Collectors.joining("\n\n")));
        assertTrue(run.testsRun().size() > 100, "the TCK ran only " + run.testsRun().size() + " tests");
    }

    @Test
    @Order(1)
    void everyMutantHasItsOwnName() {
        List<String> names = Mutants.all().stream().map(m -> m.name() + " on " + m.baseName()).toList();
        assertEquals(names.size(), names.stream().distinct().count(), "mutant names: " + names);
        assertTrue(names.size() >= 100, "the self-test needs at least 100 mutant runs, has " + names.size());
    }
}

package org.corotck.tck.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.NotStartedException;
import org.corotck.tck.ReferenceModel;
import org.corotck.tck.ScriptedProgram;
import org.junit.jupiter.api.Test;

/** The corpus as committed: its size, its printer twin, and the reference model against CPython. */
class CorpusTest {

    @Test
    void theCorpusHoldsAtLeastFiveThousandProgramsMadeByCPython313() {
        Corpus corpus = Corpus.load();
        assertTrue(corpus.entries().size() >= 5_000, "programs: " + corpus.entries().size());
        assertTrue(corpus.python().startsWith("3.13."), "the corpus must be made by CPython 3.13, the reference: " + corpus.python());
        assertTrue(corpus.entries().stream().anyMatch(e -> !e.program().scripted().isEmpty()), "no scripted programs");
    }

    /**
     * The corpus reaches the behaviours that are easy to miss by chance: close() returning a value (7.4),
     * an ignored close request (7.6, 7.7), PEP 479 (5.4, 6.8), a non-None send to a new coroutine (12.3),
     * and those its targeted programs aim at: PEP 479 on the first step (5.4), a close handler raising
     * StopIteration (7.8 with 5.4), a thrown GeneratorExit whose sub-generator fails to close (9.5).
     */
    @Test
    void theCorpusReachesTheRareOutcomes() {
        List<CorpusEntry> entries = Corpus.load().entries();
        List<Observation> steps = entries.stream().flatMap(e -> e.steps().stream()).toList();
        assertTrue(count(steps, o -> o.kind() == Outcome.Kind.CLOSED && o.value() != null) >= 1, "close() with a value");
        assertTrue(count(steps, o -> o.raised() == IgnoredExitException.class) >= 20, "ignored close");
        assertTrue(count(steps, o -> o.raised() == ExhaustionLeakedException.class) >= 50, "PEP 479");
        assertTrue(count(steps, o -> o.raised() == NotStartedException.class) >= 50, "send to new");
        assertTrue(entries.stream().filter(e -> e.steps().get(0).outcome().raised() == ExhaustionLeakedException.class).count() >= 50,
                "PEP 479 on the first step");
        assertTrue(steps.stream().filter(o -> o.operation().kind() == Operation.Kind.CLOSE
                && o.outcome().raised() == ExhaustionLeakedException.class).count() >= 50, "close() raising PEP 479's error");
        assertTrue(steps.stream().filter(o -> o.operation().kind() == Operation.Kind.THROW
                && "GeneratorExit".equals(o.operation().exception())
                && o.outcome().raised() == IgnoredExitException.class).count() >= 10, "throw(GeneratorExit) failing to close the sub");
    }

    private static long count(List<Observation> steps, Predicate<Outcome> which) {
        return steps.stream().map(Observation::outcome).filter(which).count();
    }

    /** The Java printer writes each program exactly as the script printed the source CPython ran. */
    @Test
    void theJavaPrinterWritesWhatCPythonRan() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("sources-first-50.py")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder printed = new StringBuilder();
        List<CorpusEntry> entries = Corpus.load().entries();
        for (int i = 0; i < 50; i++) {
            printed.append("# program ").append(i).append('\n').append(PythonPrinter.print(entries.get(i).program()));
        }
        assertEquals(expected, printed.toString());
    }

    /**
     * Where the reference model applies (programs shaped like a ScriptedProgram), ScriptedProgram makes the
     * very program CPython ran, and the model predicts every step of it as CPython recorded it: outcome,
     * state and log.
     */
    @Test
    void theReferenceModelAgreesWithCPythonOnScriptedPrograms() {
        int checked = 0;
        List<String> disagreements = new ArrayList<>();
        for (CorpusEntry entry : Corpus.load().entries()) {
            if (entry.program().scripted().isEmpty()) {
                continue;
            }
            checked++;
            ScriptedProgram scripted = new ScriptedProgram(
                    entry.program().scripted().stream().map(ScriptedProgram.Handler::valueOf).toList());
            assertEquals(entry.program(), scripted.program(), "program " + entry.id() + ": the scripted shape");
            String difference = ProgramRuns.firstDifference(entry.steps(), ReferenceModel.predict(scripted, entry.operations()));
            if (difference != null) {
                disagreements.add("program " + entry.id() + " " + scripted.handlers() + ": " + difference);
            }
        }
        assertTrue(checked >= 100, "only " + checked + " scripted programs in the corpus");
        assertEquals(List.of(), disagreements);
    }
}

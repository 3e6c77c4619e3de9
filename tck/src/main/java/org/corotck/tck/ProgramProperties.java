package org.corotck.tck;


import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corotck.spec.BodyForm;
import org.corotck.spec.spi.Capability;
import org.corotck.tck.programs.Corpus;
import org.corotck.tck.programs.CorpusEntry;
import org.corotck.tck.programs.Observation;
import org.corotck.tck.programs.ProgramGen;
import org.corotck.tck.programs.ProgramRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/**
 * Random coroutine programs (package {@code programs}): CPython's recorded behaviour on the committed
 * corpus is the oracle for every step, and random programs must behave alike in every reading (stackful
 * interpreter, compiled state machine, delegation or inline call). Together they exercise rules 1.x-7.x,
 * 9.x and 11.1-11.2 on whole programs rather than one rule at a time.
 */
public interface ProgramProperties extends TckContext {
    /** The reading the others are compared with. */
    String COMPILED = "compiled with delegations";

    /**
     * Every program of the corpus, run with its operations, gives at each step the outcome, state and
     * log entries CPython gave: through the interpreter as a stackful body (STACKFUL backends; skipped
     * elsewhere, the refusal being rule 11.3) and through the compiler as a state machine (every backend).
     * If this test fails, the message prints the program as Python, the operations, and the first step
     * that differs; check the rule of that operation in SPEC.md (send 3.x, throwInto 6.x, close 7.x,
     * delegation 9.x), and whether the mapping in {@code programs.PythonExceptions} applies.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 600)
    default void property_corpus_programsBehaveAsCPythonDid(BodyForm form) {
        assumeForm(form);
        Corpus corpus = Corpus.load();
        List<CorpusEntry> entries = corpus.entries().subList(0, Math.min(corpus.entries().size(), corpusPrograms()));
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (CorpusEntry entry : entries) {
            List<Observation> actual = observe(form, entry.program(), entry.operations());
            String difference = ProgramRuns.firstDifference(entry.steps(), actual);
            if (difference != null && failed++ < 3) {
                failures.add("program " + entry.id() + " (" + form + "):" + entry.program() + difference);
            }
        }
        System.out.printf(Locale.ROOT, "corotck corpus replay [%s, %s]: %d programs in %d ms%n",
                backend().name(), form, entries.size(), (System.nanoTime() - start) / 1_000_000);
        if (failed > 0) {
            throw new AssertionFailedError(failed + " of " + entries.size() + " corpus programs differ from CPython "
                    + corpus.python() + " (seed " + corpus.seed() + "); the first ones:\n" + String.join("\n\n", failures));
        }
    }

    /**
     * Any program, under any operations, behaves the same compiled with its delegations (Step.delegate to
     * machines of this backend), compiled with them as calls on its own frames, and, on STACKFUL
     * backends, interpreted as a stackful body with delegations through Yielder.yieldFrom. If this test
     * fails, the shrunk program and operations are printed with the readings that disagree; rerun with the
     * printed seed as -DQT_SEED.
     */
    @Test
    @TckTimeout(seconds = 240)
    default void property_randomProgramsBehaveAlikeInEveryReading() {
        TckSettings.qt(examples())
                .forAll(ProgramGen.programs(), ProgramGen.operations())
                .checkAssert((program, ops) -> {
                    List<Observation> delegating = observe(BodyForm.STATE_MACHINE, program, ops);
                    ProgramRuns.requireSame(COMPILED, "compiled with delegations as calls", program, ops, delegating,
                            observe(BodyForm.STATE_MACHINE, program.withCallsOnly(), ops));
                    if (declares(Capability.STACKFUL)) {
                        ProgramRuns.requireSame(COMPILED, "interpreted", program, ops, delegating,
                                observe(BodyForm.STACKFUL, program, ops));
                    }
                });
    }
}

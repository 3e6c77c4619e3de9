package org.corotck.tck.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.corotck.tck.EffectLog;
import org.junit.jupiter.api.Test;

/**
 * The replay can tell a right compiler from a wrong one: the compiler as it is agrees with CPython on
 * every corpus program, on a plain state-machine driver; a mutant compiler does not.
 */
class CompilerReplayTest {
    private final MachinesOnly backend = new MachinesOnly();

    @Test
    void theCompilerAgreesWithCPythonOnTheWholeCorpus() {
        assertEquals(List.of(), differences(UnaryOperator.identity(), 3));
    }

    /**
     * A compiler that forgets to end finally code (END_FINALLY becomes a no-op jump) lets a finally block
     * swallow the exception or return that entered it: close() is then ignored, a thrown exception
     * vanishes. The replay must catch it on many programs.
     */
    @Test
    void aCompilerThatSwallowsWhatEnteredAFinallyBlockFailsTheReplay() {
        List<String> failures = differences(code -> mutate(code), Integer.MAX_VALUE);
        assertTrue(failures.size() >= 50, "the mutant failed only " + failures.size() + " programs: " + failures);
    }

    private static Code mutate(Code code) {
        List<List<Instr>> functions = new ArrayList<>();
        for (List<Instr> instrs : code.functions()) {
            List<Instr> mutated = new ArrayList<>();
            for (int pc = 0; pc < instrs.size(); pc++) {
                mutated.add(instrs.get(pc) instanceof Instr.EndFinally ? new Instr.Jump(pc + 1) : instrs.get(pc));
            }
            functions.add(mutated);
        }
        return new Code(functions, code.counters());
    }

    private List<String> differences(UnaryOperator<Code> compiler, int max) {
        List<String> failures = new ArrayList<>();
        for (CorpusEntry entry : Corpus.load().entries()) {
            EffectLog log = new EffectLog();
            Code code = compiler.apply(Compiler.compile(entry.program()));
            ProgramRuns.Subs subs = new ProgramRuns.Subs();
            List<Observation> actual = ProgramRuns.run(ProgramRuns.compiled(backend, code, log, subs), log,
                    entry.operations(), subs);
            String difference = ProgramRuns.firstDifference(entry.steps(), actual);
            if (difference != null && failures.size() < max) {
                failures.add("program " + entry.id() + ":" + entry.program() + difference);
            }
        }
        return failures;
    }
}

package org.corotck.tck;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import org.corotck.spec.BodyForm;
import org.corotck.tck.programs.Program;
import org.corotck.tck.programs.ProgramGen;
import org.corotck.tck.programs.ProgramRuns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * Model-based properties: random operation sequences on random {@link ScriptedProgram}s, each step checked
 * against the {@link ReferenceModel}. The programs are {@link Program}s like any other, run by the same
 * reader and compared by the same diff as the CPython corpus. QuickTheories shrinks a failure to the shortest
 * failing program and sequence and prints the seed; {@code -DQT_SEED=...} replays it. The number of examples
 * is {@code corotck.examples} (default 200).
 */
public interface ModelBasedProperties extends TckContext {

    private static Gen<ScriptedProgram> scriptedPrograms() {
        return lists().of(arbitrary().enumValues(ScriptedProgram.Handler.class)).ofSizeBetween(0, 4).map(ScriptedProgram::new);
    }

    /**
     * Any sequence of next, send, throwInto and close on any scripted program gives, step by step, the
     * outcomes, states and finally-block runs that the reference model of SPEC.md predicts (rules 1.x-7.x,
     * 12.x together). If this test fails, the message names the shrunk sequence, the first step that differs,
     * what was expected, and the program as Python; rerun with the printed seed as -DQT_SEED.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 240)
    default void property_randomOperationSequencesFollowTheReferenceModel(BodyForm form) {
        assumeForm(form);
        TckSettings.qt(examples())
                .forAll(scriptedPrograms(), ProgramGen.operations())
                .checkAssert((scripted, ops) -> {
                    Program program = scripted.program();
                    ProgramRuns.requireSame("the reference model", "backend " + backend().name() + " (" + form + ")",
                            program, ops, ReferenceModel.predict(scripted, ops), observe(form, program, ops));
                });
    }
}

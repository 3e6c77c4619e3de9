package org.corotck.tck;

import org.corotck.tck.programs.CompiledMachine;
import org.corotck.tck.programs.Compiler;
import org.corotck.tck.programs.Interpreter;
import org.corotck.tck.programs.Program;

/**
 * A {@link Program} as a rule fixture: interpreted as the stackful body, compiled as the state machine, the
 * two readings the CPython corpus checks. So a fixture made only of yield, try, raise, return and log is
 * written once, and its two forms cannot drift apart.
 */
final class ProgramFixture {
    private ProgramFixture() {}

    static Fixture<Object, Object> of(Program program, EffectLog log) {
        return Fixture.of(
                () -> new Interpreter(program, log, body -> {
                    throw new IllegalStateException("a fixture's program does not delegate");
                }).body(),
                () -> new CompiledMachine(Compiler.compile(program), log, machine -> {
                    throw new IllegalStateException("a fixture's program does not delegate");
                }));
    }
}

package org.corotck.tck.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.corotck.spec.BodyForm;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The generator keeps to programs where a call and a delegation mean the same, which the TCK's
 * cross-reading property relies on: here is the kind of program it must not make, and a check that it
 * does not.
 */
class ProgramGenTest {
    private static final List<Operation> NEXT_NEXT_THROW_EXIT =
            List.of(Operation.next(), Operation.next(), Operation.throwInto("GeneratorExit"));

    /**
     * <pre>
     * def f0():                      def f1(a):                   def f2(a):
     *     yield from f1(0)               try:                         yield 0
     *                                        yield from f2(0)         try:
     *                                    except ValueError:               yield 0
     *                                        yield 0                  finally:
     *                                                                     raise ValueError()
     * </pre>
     * After next(), next(), throw(GeneratorExit()) CPython 3.13 raises RuntimeError("generator ignored
     * GeneratorExit") and the generator is closed: the throw closes f1, whose close closes f2, whose
     * ValueError f1 catches and yields. Inline f2 into f1 and the same throw yields 0 instead. The
     * failure of 2026-12-02 (seed 38977251410264, every backend) was this program.
     */
    @Test
    void aHelperThatRaisesInAFinallyMakesTheCallAndTheDelegationDiffer() {
        Program program = new Program(List.of(
                List.of(new Stmt.YieldFrom(null, 1, new Expr.Const(0L), true)),
                List.of(new Stmt.Try(
                        List.of(new Stmt.YieldFrom(null, 2, new Expr.Const(0L), true)),
                        List.of(new Stmt.Catch("ValueError", List.of(ProgramBuilder.yieldValue(0)))), null)),
                List.of(ProgramBuilder.yieldValue(0),
                        ProgramBuilder.tryFinally(List.of(ProgramBuilder.yieldValue(0)),
                                List.of(ProgramBuilder.raise("ValueError"))))),
                List.of());
        MachinesOnly backend = new MachinesOnly();

        Observation delegated = thirdStep(backend, program);
        Observation called = thirdStep(backend, program.withCallsOnly());

        assertEquals(Outcome.raised(IgnoredExitException.class, false, false), delegated.outcome());
        assertEquals(State.CLOSED, delegated.state());
        assertEquals(Outcome.yielded(0L), called.outcome());
        assertEquals(State.SUSPENDED, called.state());
    }

    private static Observation thirdStep(MachinesOnly backend, Program program) {
        return ProgramRuns.observe(backend, BodyForm.STATE_MACHINE, program, NEXT_NEXT_THROW_EXIT).get(2);
    }

    @Test
    void onlyMainRaisesInAFinally() {
        QuickTheory.qt().withExamples(5_000).forAll(ProgramGen.programs())
                .checkAssert(program -> {
                    for (int f = 1; f < program.functions().size(); f++) {
                        assertNull(raiseInFinally(program.function(f), false), "helper f" + f + program);
                    }
                });
    }

    private static Stmt raiseInFinally(List<Stmt> block, boolean inFinally) {
        if (block == null) {
            return null;
        }
        for (Stmt s : block) {
            Stmt found = switch (s) {
                case Stmt.Raise r -> inFinally ? r : null;
                case Stmt.Loop l -> raiseInFinally(l.body(), inFinally);
                case Stmt.If i -> first(raiseInFinally(i.then(), inFinally), raiseInFinally(i.otherwise(), inFinally));
                case Stmt.Try t -> first(first(raiseInFinally(t.body(), inFinally),
                                t.catches().stream().map(c -> raiseInFinally(c.body(), inFinally))
                                        .filter(x -> x != null).findFirst().orElse(null)),
                        raiseInFinally(t.finallyBody(), true));
                default -> null;
            };
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Stmt first(Stmt a, Stmt b) {
        return a != null ? a : b;
    }
}

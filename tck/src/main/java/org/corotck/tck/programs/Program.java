package org.corotck.tck.programs;

import java.util.List;

/**
 * A program: function 0 is the generator the operations drive, the others are helpers it reaches by
 * {@link Stmt.YieldFrom}; a function reaches only functions after it, so there is no recursion. Every
 * function starts with locals {@code a, b, c} = 0, except that a helper's {@code a} is its argument.
 *
 * @param functions the bodies, main first
 * @param scripted for programs shaped like {@link org.corotck.tck.ScriptedProgram}, its handler names;
 *     empty otherwise
 */
public record Program(List<List<Stmt>> functions, List<String> scripted) {
    public Program {
        functions = List.copyOf(functions);
        scripted = List.copyOf(scripted);
    }

    public List<Stmt> function(int index) {
        return functions.get(index);
    }

    /** The fresh locals of a function: {@code a} is the argument of a helper, 0 in main. */
    static Object[] locals(int function, Object argument) {
        return new Object[] {function == 0 ? (Object) 0L : argument, 0L, 0L};
    }

    /** The same program with every delegation turned into a call: in Python the two mean the same. */
    public Program withCallsOnly() {
        return new Program(functions.stream().map(Program::callsOnly).toList(), scripted);
    }

    private static List<Stmt> callsOnly(List<Stmt> block) {
        return block == null ? null : block.stream().map(Program::callsOnly).toList();
    }

    private static Stmt callsOnly(Stmt s) {
        return switch (s) {
            case Stmt.YieldFrom y -> new Stmt.YieldFrom(y.target(), y.function(), y.argument(), false);
            case Stmt.Loop l -> new Stmt.Loop(l.times(), callsOnly(l.body()));
            case Stmt.If i -> new Stmt.If(i.var(), i.bound(), callsOnly(i.then()), callsOnly(i.otherwise()));
            case Stmt.Try t -> new Stmt.Try(callsOnly(t.body()),
                    t.catches().stream().map(c -> new Stmt.Catch(c.kind(), callsOnly(c.body()))).toList(),
                    callsOnly(t.finallyBody()));
            default -> s;
        };
    }

    @Override
    public String toString() {
        return "\n" + PythonPrinter.print(this);
    }
}

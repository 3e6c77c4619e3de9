package org.corotck.tck.programs;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random programs and operation sequences for QuickTheories, under the same rules as
 * spec/corpus/make_corpus.py (only main catches GeneratorExit or yields in finally; no recursion; no
 * return in finally) and one more, so that a call and a delegation mean the same: only main raises in a
 * finally. A helper's finally that raises replaces a GeneratorExit on its way out, and CPython closes a
 * delegate rather than throwing into it (gen_close_iter), so an outer helper that catches the replacement
 * and yields makes close() of the delegation report "ignored GeneratorExit" where the call just yields
 * (ProgramGenTest shows both readings). The corpus keeps such programs: it has only the delegation
 * reading, and CPython is its oracle. Every choice is drawn from the
 * randomness source with 0 as the simplest (a yield, one statement, next()), which is what QuickTheories
 * shrinks towards: a failure shrinks to a short program and a short sequence.
 */
public final class ProgramGen {
    private static final String[] RAISE = {"ValueError", "KeyError", "OSError", "StopIteration"};
    private static final String[] THROW = {"ValueError", "KeyError", "OSError", "StopIteration", "GeneratorExit"};
    private static final String[] HELPER_CATCH = {"ValueError", "KeyError", "OSError", "Exception"};
    private static final String[] MAIN_CATCH = {"ValueError", "KeyError", "OSError", "Exception", "GeneratorExit", "BaseException"};
    /**
     * Nested ifs stop here: in a helper's finally (assign, log or if, two statements a block on average,
     * an else half the time) an if makes one more if on average, and the nesting would have no bound.
     */
    private static final int MAX_IF_DEPTH = 4;
    private static final Long[] SENT = {null, 0L, 1L, 2L, 5L, -1L};

    private final RandomnessSource in;
    private int count;

    private ProgramGen(RandomnessSource in) {
        this.in = in;
    }

    public static Gen<Program> programs() {
        return in -> new ProgramGen(in).program();
    }

    public static Gen<List<Operation>> operations() {
        return in -> {
            ProgramGen g = new ProgramGen(in);
            List<Operation> ops = new ArrayList<>();
            for (int i = 0, n = 1 + g.pick(9); i < n; i++) {
                ops.add(switch (g.pick(3)) {
                    case 0 -> Operation.next();
                    case 1 -> Operation.send(SENT[g.pick(SENT.length - 1)]);
                    case 2 -> Operation.throwInto(THROW[g.pick(THROW.length - 1)]);
                    default -> Operation.close();
                });
            }
            return ops;
        };
    }

    private int pick(int max) {
        return (int) in.next(Constraint.between(0, max));
    }

    private Program program() {
        count = 1 + pick(2);
        List<List<Stmt>> functions = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            functions.add(block(f, 0, false));
        }
        return new Program(functions, List.of());
    }

    private List<Stmt> block(int fn, int depth, boolean inFinally) {
        List<Stmt> stmts = new ArrayList<>();
        for (int i = 0, n = 1 + pick(depth == 0 ? 4 : 2); i < n; i++) {
            stmts.add(stmt(fn, depth, inFinally));
        }
        return stmts;
    }

    private Stmt stmt(int fn, int depth, boolean inFinally) {
        boolean main = fn == 0;
        List<String> kinds = new ArrayList<>();
        if (main || !inFinally) {
            kinds.add("yield");
            if (fn + 1 < count) {
                kinds.add("yieldfrom");
            }
        }
        kinds.addAll(List.of("assign", "log"));
        if (depth < MAX_IF_DEPTH) {
            kinds.add("if");
        }
        if (depth < 2) {
            kinds.addAll(List.of("try", "loop"));
        }
        if (depth > 0 && (main || !inFinally)) {
            kinds.add("raise");
            if (!inFinally) {
                kinds.add("return");
            }
        }
        return switch (kinds.get(pick(kinds.size() - 1))) {
            case "yield" -> new Stmt.Yield(target(), expr());
            case "yieldfrom" -> new Stmt.YieldFrom(target(), fn + 1 + pick(count - fn - 2), expr(), pick(1) == 1);
            case "assign" -> new Stmt.Assign(pick(2), expr());
            case "log" -> new Stmt.Log(expr());
            case "if" -> new Stmt.If(pick(2), pick(5), block(fn, depth + 1, inFinally),
                    pick(1) == 0 ? List.of() : block(fn, depth + 1, inFinally));
            case "loop" -> new Stmt.Loop(1 + pick(2), block(fn, depth + 1, inFinally));
            case "raise" -> new Stmt.Raise(RAISE[pick(RAISE.length - 1)]);
            case "return" -> new Stmt.Return(expr());
            default -> tryStatement(fn, depth, inFinally);
        };
    }

    private Stmt tryStatement(int fn, int depth, boolean inFinally) {
        List<Stmt> body = block(fn, depth + 1, inFinally);
        String[] kinds = fn == 0 ? MAIN_CATCH : HELPER_CATCH;
        List<Stmt.Catch> catches = new ArrayList<>();
        for (int i = 0, n = pick(2); i < n; i++) {
            catches.add(new Stmt.Catch(kinds[pick(kinds.length - 1)], block(fn, depth + 1, inFinally)));
        }
        boolean hasFinally = catches.isEmpty() || pick(1) == 1;
        return new Stmt.Try(body, catches, hasFinally ? block(fn, depth + 1, true) : null);
    }

    private Integer target() {
        int t = pick(3);
        return t == 3 ? null : t;
    }

    private Expr expr() {
        return switch (pick(3)) {
            case 0 -> new Expr.Const((long) pick(9));
            case 1 -> new Expr.Var(pick(2));
            case 2 -> new Expr.Add(new Expr.Var(pick(2)), new Expr.Const(1L + pick(8)));
            default -> new Expr.Const(null);
        };
    }
}

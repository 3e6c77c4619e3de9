package org.corotck.tck.programs;

import java.util.List;

/**
 * Writes a program as Python 3 source, line for line what spec/corpus/make_corpus.py prints for it: the
 * text CPython ran to make the corpus, and the readable form of a program in a failure message.
 */
public final class PythonPrinter {
    private static final String[] NAMES = {"a", "b", "c"};
    private final StringBuilder out = new StringBuilder();

    private PythonPrinter() {}

    public static String print(Program program) {
        PythonPrinter p = new PythonPrinter();
        for (int f = 0; f < program.functions().size(); f++) {
            p.line("", "def f" + f + "(" + (f == 0 ? "" : "a") + "):");
            p.line("    ", f == 0 ? "a = b = c = 0" : "b = c = 0");
            p.line("    ", "if False:");
            p.line("        ", "yield");
            p.block(program.function(f), "    ");
        }
        return p.out.toString();
    }

    /** A value as Python writes it: an int, or None. */
    public static String value(Object value) {
        return value == null ? "None" : value.toString();
    }

    static String expr(Expr e) {
        return switch (e) {
            case Expr.Const c -> value(c.value());
            case Expr.Var v -> NAMES[v.slot()];
            case Expr.Add a -> "(_v(" + expr(a.left()) + ") + _v(" + expr(a.right()) + "))";
        };
    }

    private void line(String indent, String text) {
        out.append(indent).append(text).append('\n');
    }

    private void block(List<Stmt> stmts, String indent) {
        if (stmts.isEmpty()) {
            line(indent, "pass");
        }
        stmts.forEach(s -> stmt(s, indent));
    }

    private static String target(Integer target) {
        return target == null ? "" : NAMES[target] + " = ";
    }

    private void stmt(Stmt s, String indent) {
        String inner = indent + "    ";
        switch (s) {
            case Stmt.Yield y -> line(indent, target(y.target()) + "(yield " + expr(y.value()) + ")");
            case Stmt.Assign a -> line(indent, NAMES[a.var()] + " = " + expr(a.value()));
            case Stmt.Log l -> line(indent, "LOG.append(" + expr(l.value()) + ")");
            case Stmt.Raise r -> line(indent, "raise " + r.kind() + "()");
            case Stmt.Return r -> line(indent, "return " + expr(r.value()));
            case Stmt.YieldFrom y -> line(indent, target(y.target()) + "yield from f" + y.function() + "("
                    + expr(y.argument()) + ")  # " + (y.delegate() ? "delegate" : "call"));
            case Stmt.If i -> {
                line(indent, "if _v(" + NAMES[i.var()] + ") < " + i.bound() + ":");
                block(i.then(), inner);
                if (!i.otherwise().isEmpty()) {
                    line(indent, "else:");
                    block(i.otherwise(), inner);
                }
            }
            case Stmt.Loop l -> {
                line(indent, "for _ in range(" + l.times() + "):");
                block(l.body(), inner);
            }
            case Stmt.Try t -> {
                line(indent, "try:");
                block(t.body(), inner);
                for (Stmt.Catch c : t.catches()) {
                    line(indent, "except " + c.kind() + ":");
                    block(c.body(), inner);
                }
                if (t.finallyBody() != null) {
                    line(indent, "finally:");
                    block(t.finallyBody(), inner);
                }
            }
        }
    }
}

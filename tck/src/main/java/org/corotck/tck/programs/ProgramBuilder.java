package org.corotck.tck.programs;

import java.util.List;

/**
 * Programs written in Java, for rule fixtures: {@code program(tryFinally(block(yieldValue(1)), block(log(0))))}
 * is {@code try: yield 1 finally: LOG.append(0)}. Only main, no locals, no delegation: a fixture that needs
 * more is written by hand (a fixture is a program where Java itself is not the point).
 */
public final class ProgramBuilder {
    private ProgramBuilder() {}

    /** A program of one function, main. */
    public static Program program(Stmt... main) {
        return new Program(List.of(List.of(main)), List.of());
    }

    public static List<Stmt> block(Stmt... stmts) {
        return List.of(stmts);
    }

    /** {@code yield value}, what is sent discarded. */
    public static Stmt yieldValue(long value) {
        return new Stmt.Yield(null, new Expr.Const(value));
    }

    /** {@code LOG.append(value)}: the fixture's log then holds {@code "value"}. */
    public static Stmt log(long value) {
        return new Stmt.Log(new Expr.Const(value));
    }

    /** {@code return value}; null returns None. */
    public static Stmt returns(Long value) {
        return new Stmt.Return(new Expr.Const(value));
    }

    /** {@code raise kind()}, a Python class name of {@link PythonExceptions}. */
    public static Stmt raise(String kind) {
        return new Stmt.Raise(kind);
    }

    /** {@code try: body finally: finallyBody}. */
    public static Stmt tryFinally(List<Stmt> body, List<Stmt> finallyBody) {
        return new Stmt.Try(body, List.of(), finallyBody);
    }

    /** {@code try: body except kind: handler}. */
    public static Stmt tryExcept(List<Stmt> body, String kind, List<Stmt> handler) {
        return new Stmt.Try(body, List.of(new Stmt.Catch(kind, handler)), null);
    }
}

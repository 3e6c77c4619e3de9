package org.corotck.tck.programs;

import java.util.List;

/**
 * A statement of the program language. Targets and variables are local slots 0-2 ({@code a, b, c});
 * a null target discards the value. Blocks are lists of statements.
 */
public sealed interface Stmt {

    /** {@code target = (yield value)}. */
    record Yield(Integer target, Expr value) implements Stmt {}

    /** {@code var = value}. */
    record Assign(int var, Expr value) implements Stmt {}

    /** {@code LOG.append(value)}: the side effect the corpus records. */
    record Log(Expr value) implements Stmt {}

    /** {@code for _ in range(times): body}. */
    record Loop(int times, List<Stmt> body) implements Stmt {}

    /** {@code if _v(var) < bound: then else: otherwise}. */
    record If(int var, long bound, List<Stmt> then, List<Stmt> otherwise) implements Stmt {}

    /** {@code try: body except K: ... finally: ...}; {@code finallyBody} is null when there is none. */
    record Try(List<Stmt> body, List<Catch> catches, List<Stmt> finallyBody) implements Stmt {}

    /** One {@code except kind:} clause; {@code kind} is a Python class name of {@link PythonExceptions}. */
    record Catch(String kind, List<Stmt> body) {}

    /** {@code raise kind()}. */
    record Raise(String kind) implements Stmt {}

    /** {@code return value}. */
    record Return(Expr value) implements Stmt {}

    /**
     * {@code target = yield from f<function>(argument)}. In Python both readings are the same; in Java a
     * call runs the helper inside the body (its stack, or the compiled machine's own frames), while a
     * delegation makes the helper a coroutine of its own on the backend and delegates to it (rules 9.x).
     */
    record YieldFrom(Integer target, int function, Expr argument, boolean delegate) implements Stmt {}
}

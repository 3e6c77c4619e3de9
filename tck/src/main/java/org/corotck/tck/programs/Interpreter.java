package org.corotck.tck.programs;

import java.util.List;
import java.util.function.Function;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.Yielder;
import org.corotck.tck.EffectLog;
import org.corotck.tck.Expect;

/**
 * Runs a program as a stackful body: a tree walk in which a helper call is a plain Java call, so the
 * helper's yields happen from inside nested calls (rule 11.1), and a delegation yields from a separate
 * coroutine the backend makes for the helper (rules 9.x). Java's own try/catch/finally carry the
 * program's, so the interpreter stays a direct reading of the language.
 */
public final class Interpreter {
    private final Program program;
    private final EffectLog log;
    private final Function<StackfulBody<Object, Object>, Coroutine<Object, Object>> backend;

    /**
     * @param backend makes the coroutine a delegation yields from, for a helper's stackful body
     */
    public Interpreter(Program program, EffectLog log, Function<StackfulBody<Object, Object>, Coroutine<Object, Object>> backend) {
        this.program = program;
        this.log = log;
        this.backend = backend;
    }

    /** The program's main function as a body. */
    public StackfulBody<Object, Object> body() {
        return body(0, null);
    }

    private StackfulBody<Object, Object> body(int function, Object argument) {
        return y -> {
            try {
                return run(y, function, argument);
            } catch (Throwable t) {
                throw Expect.sneaky(t);
            }
        };
    }

    /** A function's return value: the value of its {@code return}, or None when it falls off the end. */
    private Object run(Yielder<Object, Object> y, int function, Object argument) throws Throwable {
        Returned r = block(y, program.function(function), Program.locals(function, argument));
        return r == null ? null : r.value();
    }

    /** A block's completion: null when it ran to its end, else the {@code return} it executed. */
    private record Returned(Object value) {}

    private Returned block(Yielder<Object, Object> y, List<Stmt> stmts, Object[] locals) throws Throwable {
        for (Stmt s : stmts) {
            Returned r = stmt(y, s, locals);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private Returned stmt(Yielder<Object, Object> y, Stmt s, Object[] locals) throws Throwable {
        switch (s) {
            case Stmt.Yield yield -> store(locals, yield.target(), y.yield(Expr.eval(yield.value(), locals)));
            case Stmt.Assign assign -> locals[assign.var()] = Expr.eval(assign.value(), locals);
            case Stmt.Log entry -> log.add(PythonPrinter.value(Expr.eval(entry.value(), locals)));
            case Stmt.Loop loop -> {
                for (int i = 0; i < loop.times(); i++) {
                    Returned r = block(y, loop.body(), locals);
                    if (r != null) {
                        return r;
                    }
                }
            }
            case Stmt.If branch -> {
                boolean taken = Expr.number(locals[branch.var()]) < branch.bound();
                return block(y, taken ? branch.then() : branch.otherwise(), locals);
            }
            case Stmt.Try attempt -> {
                return tryStatement(y, attempt, locals);
            }
            case Stmt.Raise raise -> throw PythonExceptions.create(raise.kind());
            case Stmt.Return ret -> {
                return new Returned(Expr.eval(ret.value(), locals));
            }
            case Stmt.YieldFrom from -> store(locals, from.target(), yieldFrom(y, from, Expr.eval(from.argument(), locals)));
        }
        return null;
    }

    private Returned tryStatement(Yielder<Object, Object> y, Stmt.Try attempt, Object[] locals) throws Throwable {
        try {
            try {
                return block(y, attempt.body(), locals);
            } catch (Throwable t) {
                for (Stmt.Catch c : attempt.catches()) {
                    if (PythonExceptions.catches(c.kind(), t)) {
                        return block(y, c.body(), locals);
                    }
                }
                throw t;
            }
        } finally {
            if (attempt.finallyBody() != null) {
                block(y, attempt.finallyBody(), locals); // the language has no return in finally
            }
        }
    }

    private Object yieldFrom(Yielder<Object, Object> y, Stmt.YieldFrom from, Object argument) throws Throwable {
        if (from.delegate()) {
            return y.yieldFrom(backend.apply(body(from.function(), argument)));
        }
        try {
            return run(y, from.function(), argument);
        } catch (CoroutineExhaustedException leaked) {
            throw new ExhaustionLeakedException(leaked); // PEP 479 at the helper's own frame, as Python does
        }
    }

    private static void store(Object[] locals, Integer target, Object value) {
        if (target != null) {
            locals[target] = value;
        }
    }
}

package org.corotck.tck;

import java.util.ArrayList;
import java.util.List;
import org.corotck.tck.programs.Expr;
import org.corotck.tck.programs.Program;
import org.corotck.tck.programs.PythonExceptions;
import org.corotck.tck.programs.Stmt;

/**
 * A family of {@link Program}s small enough for the {@link ReferenceModel} to predict: {@code handlers.size()}
 * yield points, each with its own handler, inside one try/finally. As Python:
 *
 * <pre>
 * def main():
 *     a = 0
 *     try:
 *         a = (yield _v(a) + 10 * i)         # point i, handler NONE
 *         try:                                # point i, any other handler
 *             a = (yield _v(a) + 10 * i)
 *         except Exception:                   # CATCH_EXCEPTION_*; BaseException for CATCH_ALL_*
 *             a = (yield 100 + i)             # *_YIELD; *_RETURN: return 200 + i
 *         ...
 *         return _v(a) + 1000
 *     finally:
 *         LOG.append(0)
 * </pre>
 *
 * Each point yields the value that resumed the body into it plus ten times its index, so a wrong value or a
 * wrong point shows. The same shape is in the CPython corpus (spec/corpus/make_corpus.py, {@code scripted}),
 * where the model is checked against CPython itself.
 *
 * @param handlers one handler per yield point
 */
public record ScriptedProgram(List<Handler> handlers) {

    /** What a yield point does with an exception raised at it (by throwInto, or close's CoroutineExit). */
    public enum Handler {
        /** No handler: the exception propagates. */
        NONE(null),
        /** {@code except Exception: a = (yield 100 + i)}, then on to the next point. CoroutineExit passes. */
        CATCH_EXCEPTION_YIELD("Exception"),
        /** {@code except Exception: return 200 + i}. CoroutineExit passes. */
        CATCH_EXCEPTION_RETURN("Exception"),
        /** {@code except BaseException: return 200 + i}: also answers close() with a value. */
        CATCH_ALL_RETURN("BaseException"),
        /** {@code except BaseException: a = (yield 100 + i)}: ignores close(). */
        CATCH_ALL_YIELD("BaseException");

        private final String caught;

        Handler(String caught) {
            this.caught = caught;
        }

        boolean catches(Throwable t) {
            return caught != null && PythonExceptions.catches(caught, t);
        }

        boolean yieldsAfterCatch() {
            return this == CATCH_EXCEPTION_YIELD || this == CATCH_ALL_YIELD;
        }
    }

    /** The one entry the finally block logs. */
    static final String FINALLY = "0";

    public ScriptedProgram {
        handlers = List.copyOf(handlers);
    }

    /** What point {@code point} yields when {@code sent} resumed the body into it. */
    static long yielded(int point, Object sent) {
        return Expr.number(sent) + 10L * point;
    }

    /** What the catch block of point {@code point} yields. */
    static long caught(int point) {
        return 100L + point;
    }

    /** What the catch block of point {@code point} returns. */
    static long handled(int point) {
        return 200L + point;
    }

    /** What the body returns past its last point, {@code sent} having resumed it there. */
    static long returned(Object sent) {
        return Expr.number(sent) + 1000L;
    }

    /** The program, as the interpreter, the compiler and the printer read it. */
    public Program program() {
        Expr a = new Expr.Var(0);
        List<Stmt> body = new ArrayList<>();
        for (int point = 0; point < handlers.size(); point++) {
            Handler handler = handlers.get(point);
            Stmt yield = new Stmt.Yield(0, new Expr.Add(a, new Expr.Const(10L * point)));
            if (handler == Handler.NONE) {
                body.add(yield);
                continue;
            }
            Stmt inCatch = handler.yieldsAfterCatch()
                    ? new Stmt.Yield(0, new Expr.Const(caught(point)))
                    : new Stmt.Return(new Expr.Const(handled(point)));
            body.add(new Stmt.Try(List.of(yield), List.of(new Stmt.Catch(handler.caught, List.of(inCatch))), null));
        }
        body.add(new Stmt.Return(new Expr.Add(a, new Expr.Const(1000L))));
        Stmt main = new Stmt.Try(body, List.of(), List.of(new Stmt.Log(new Expr.Const(Long.valueOf(FINALLY)))));
        return new Program(List.of(List.of(main)), handlers.stream().map(Handler::name).toList());
    }
}

package org.corotck.tck.programs;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.NotStartedException;

/**
 * The one table from Python's exceptions to Java's, after SPEC.md's mapping: what a program's
 * {@code raise K()} and an operation's {@code throw(K())} create, what {@code except K:} catches, and
 * which Java class an exception CPython reported (by class name and message) must be. Nothing else in
 * the corpus code names a Python exception.
 */
public final class PythonExceptions {

    /**
     * One row.
     *
     * @param python the Python class name
     * @param message the message that tells CPython's own errors apart, or null for any
     * @param java the Java class (for {@code except}, everything it catches)
     * @param fresh makes a new instance, or null when programs never raise it themselves
     */
    record Row(String python, String message, Class<? extends Throwable> java, Supplier<Throwable> fresh) {}

    private static final List<Row> TABLE = List.of(
            new Row("ValueError", null, IllegalArgumentException.class, IllegalArgumentException::new),
            new Row("KeyError", null, IndexOutOfBoundsException.class, IndexOutOfBoundsException::new),
            new Row("OSError", null, IOException.class, IOException::new), // checked: rule 6.9
            new Row("StopIteration", null, CoroutineExhaustedException.class, () -> new CoroutineExhaustedException(null)),
            new Row("GeneratorExit", null, CoroutineExit.class, CoroutineExit::new),
            new Row("Exception", null, Exception.class, null),
            new Row("BaseException", null, Throwable.class, null),
            new Row("RuntimeError", "generator ignored GeneratorExit", IgnoredExitException.class, null),
            new Row("RuntimeError", "generator raised StopIteration", ExhaustionLeakedException.class, null),
            new Row("TypeError", "can't send non-None value to a just-started generator", NotStartedException.class, null),
            new Row("ValueError", "generator already executing", AlreadyExecutingException.class, null));

    private PythonExceptions() {}

    /** A new instance for {@code raise K()} or {@code throw(K())}. */
    public static Throwable create(String python) {
        Row row = row(python, null);
        if (row.fresh() == null) {
            throw new IllegalArgumentException("programs do not raise " + python);
        }
        return row.fresh().get();
    }

    /** Whether {@code except python:} catches {@code t}. */
    public static boolean catches(String python, Throwable t) {
        return row(python, null).java().isInstance(t);
    }

    /** The Java class of an exception CPython reported with this class name and message (null: none). */
    public static Class<? extends Throwable> javaClass(String python, String message) {
        return row(python, message).java();
    }

    private static Row row(String python, String message) {
        return TABLE.stream()
                .filter(r -> r.python().equals(python) && Objects.equals(r.message(), message))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Java mapping for Python " + python
                        + (message == null ? "" : "('" + message + "')")));
    }
}

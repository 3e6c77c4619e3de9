package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.corotck.spec.CoroutineExhaustedException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

/** Assertions the rule tests share; each failure message names the rule. */
public final class Expect {
    private Expect() {}

    /** How much of a value that came back instead of an exception a failure message shows. */
    static final int VALUE_SHOWN = 200;

    /** Runs {@code op}, which must end the coroutine's iteration; returns the exhaustion's value. */
    public static Object exhausted(String rule, Executable op) {
        return exhausted(rule, voidCall(op));
    }

    /**
     * Runs {@code op}, which must end the coroutine's iteration; returns the exhaustion's value. Should it
     * return, the failure shows what it returned.
     */
    public static Object exhausted(String rule, ThrowingSupplier<?> op) {
        Object returned;
        try {
            returned = op.get();
        } catch (CoroutineExhaustedException e) {
            return e.value();
        } catch (Throwable other) {
            throw new AssertionFailedError("rule " + rule + ": expected CoroutineExhaustedException, got " + other, other);
        }
        throw returnedNormally(rule, "CoroutineExhaustedException", returned);
    }

    /**
     * Runs {@code op}, which must return; returns its value. An exception instead fails naming the rule, so
     * that an exception the test itself made (one it threw in, say) never reaches the caller as if the TCK crashed.
     */
    public static <T> T returns(String rule, ThrowingSupplier<T> op) {
        try {
            return op.get();
        } catch (Throwable t) {
            throw new AssertionFailedError("rule " + rule + ": expected the call to return, it threw " + t, t);
        }
    }

    /** Runs {@code op}, which must throw exactly the instance {@code expected}. */
    public static void throwsSame(String rule, Throwable expected, Executable op) {
        throwsSame(rule, expected, voidCall(op));
    }

    /** Runs {@code op}, which must throw exactly the instance {@code expected}; should it return, the failure shows what. */
    public static void throwsSame(String rule, Throwable expected, ThrowingSupplier<?> op) {
        Throwable thrown = thrown(rule, "the same instance " + expected, op);
        assertSame(expected, thrown, () -> "rule " + rule + ": expected the same instance " + expected + ", got " + thrown);
    }

    /** Runs {@code op}, which must throw an instance of exactly {@code type}; returns it. */
    public static <T extends Throwable> T throwsExactly(String rule, Class<T> type, Executable op) {
        return throwsExactly(rule, type, voidCall(op));
    }

    /**
     * Runs {@code op}, which must throw an instance of exactly {@code type}; returns it. Should it return, the
     * failure shows what it returned.
     */
    public static <T extends Throwable> T throwsExactly(String rule, Class<T> type, ThrowingSupplier<?> op) {
        Throwable thrown = thrown(rule, type.getName(), op);
        if (thrown.getClass() != type) {
            throw new AssertionFailedError("rule " + rule + ": expected " + type.getName() + ", got " + thrown, thrown);
        }
        return type.cast(thrown);
    }

    /** Lets a body throw any Throwable, checked ones and Errors included, as {@code throw Expect.sneaky(t)}. */
    public static RuntimeException sneaky(Throwable t) {
        throw Expect.<RuntimeException>uncheck(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T uncheck(Throwable t) throws T {
        throw (T) t;
    }

    /** Runs {@code op}, which must throw something; returns it. */
    public static Throwable thrown(String rule, Executable op) {
        return thrown(rule, voidCall(op));
    }

    /** Runs {@code op}, which must throw something; returns it. Should it return, the failure shows what. */
    public static Throwable thrown(String rule, ThrowingSupplier<?> op) {
        return thrown(rule, "an exception", op);
    }

    private static Throwable thrown(String rule, String expected, ThrowingSupplier<?> op) {
        Object returned;
        try {
            returned = op.get();
        } catch (Throwable t) {
            return t;
        }
        throw returnedNormally(rule, expected, returned);
    }

    /** What {@link #voidCall} returns: a call of an {@link Executable}, which has no value to show. */
    private static final Object RETURNED_VOID = new Object();

    private static ThrowingSupplier<Object> voidCall(Executable op) {
        return () -> {
            op.execute();
            return RETURNED_VOID;
        };
    }

    /** {@code rule 12.3: expected java.lang.IllegalStateException, but the call returned 42 (java.lang.Integer)}. */
    private static AssertionFailedError returnedNormally(String rule, String expected, Object returned) {
        String what = returned == RETURNED_VOID ? "returned normally" : "returned " + shown(returned);
        return new AssertionFailedError("rule " + rule + ": expected " + expected + ", but the call " + what);
    }

    /** A returned value as a failure message shows it: on one line, cut after {@link #VALUE_SHOWN} characters. */
    static String shown(Object value) {
        if (value == null) {
            return "null";
        }
        String text;
        try {
            text = String.valueOf(value);
        } catch (RuntimeException | Error e) {
            text = value.getClass().getName() + " (whose toString threw " + e + ")";
        }
        int length = text.length();
        text = text.replace("\r", "\\r").replace("\n", "\\n");
        if (text.length() > VALUE_SHOWN) {
            text = text.substring(0, VALUE_SHOWN) + "... (" + length + " characters)";
        }
        return text + " (" + value.getClass().getName() + ")";
    }
}

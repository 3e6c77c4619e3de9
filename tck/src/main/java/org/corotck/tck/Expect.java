package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import org.corotck.spec.CoroutineExhaustedException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;

/** Assertions the rule tests share; each failure message names the rule. */
public final class Expect {
    private Expect() {}

    /** Runs {@code op}, which must end the coroutine's iteration; returns the exhaustion's value. */
    public static Object exhausted(String rule, Executable op) {
        try {
            op.execute();
        } catch (CoroutineExhaustedException e) {
            return e.value();
        } catch (Throwable other) {
            throw new AssertionFailedError("rule " + rule + ": expected CoroutineExhaustedException, got " + other, other);
        }
        throw new AssertionFailedError("rule " + rule + ": expected CoroutineExhaustedException, but the call returned normally");
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
        Throwable thrown = thrown(rule, op);
        assertSame(expected, thrown, () -> "rule " + rule + ": expected the same instance " + expected + ", got " + thrown);
    }

    /** Runs {@code op}, which must throw an instance of exactly {@code type}; returns it. */
    public static <T extends Throwable> T throwsExactly(String rule, Class<T> type, Executable op) {
        Throwable thrown = thrown(rule, op);
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
        try {
            op.execute();
        } catch (Throwable t) {
            return t;
        }
        return fail("rule " + rule + ": expected an exception, but the call returned normally");
    }
}

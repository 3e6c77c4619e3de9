package org.corotck.tck.programs;

import java.util.Objects;
import org.corotck.spec.CoroutineExhaustedException;

/**
 * What one operation did, in a form that CPython's record and a Java run both produce and that compares
 * with {@code equals}: a value yielded, returned (StopIteration) or returned by close, or an exception
 * of a Java class, possibly the very instance thrown in ({@code same}) or caused by it ({@code causeSame}).
 */
public record Outcome(Kind kind, Object value, Class<?> raised, boolean same, boolean causeSame) {
    public enum Kind { YIELDED, RETURNED, CLOSED, RAISED }

    public static Outcome yielded(Object value) {
        return new Outcome(Kind.YIELDED, value, null, false, false);
    }

    public static Outcome returned(Object value) {
        return new Outcome(Kind.RETURNED, value, null, false, false);
    }

    public static Outcome closed(Object value) {
        return new Outcome(Kind.CLOSED, value, null, false, false);
    }

    public static Outcome raised(Class<?> raised, boolean same, boolean causeSame) {
        return new Outcome(Kind.RAISED, null, Objects.requireNonNull(raised), same, causeSame);
    }

    /** The outcome of an operation that threw {@code t}; {@code given} is what throwInto passed, else null. */
    public static Outcome of(Throwable t, Throwable given) {
        if (given != null && t == given) {
            return raised(t.getClass(), true, false);
        }
        if (t instanceof CoroutineExhaustedException e) {
            return returned(e.value());
        }
        return raised(t.getClass(), false, given != null && t.getCause() == given);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YIELDED -> "yielded " + PythonPrinter.value(value);
            case RETURNED -> "exhausted with " + PythonPrinter.value(value);
            case CLOSED -> "close returned " + PythonPrinter.value(value);
            case RAISED -> "threw " + raised.getSimpleName()
                    + (same ? " (the instance thrown in)" : "") + (causeSame ? " (caused by the instance thrown in)" : "");
        };
    }
}

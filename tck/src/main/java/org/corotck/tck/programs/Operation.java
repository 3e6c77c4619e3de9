package org.corotck.tck.programs;

/**
 * One operation applied to a program's coroutine, as in the corpus.
 *
 * @param kind which call
 * @param value what {@code send} passes (a Long or null)
 * @param exception for {@code throwInto}, the Python class name of the exception thrown in
 */
public record Operation(Kind kind, Long value, String exception) {
    public enum Kind { NEXT, SEND, THROW, CLOSE }

    public static Operation next() {
        return new Operation(Kind.NEXT, null, null);
    }

    public static Operation send(Long value) {
        return new Operation(Kind.SEND, value, null);
    }

    public static Operation throwInto(String exception) {
        return new Operation(Kind.THROW, null, exception);
    }

    public static Operation close() {
        return new Operation(Kind.CLOSE, null, null);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NEXT -> "next()";
            case SEND -> "send(" + PythonPrinter.value(value) + ")";
            case THROW -> "throw(" + exception + "())";
            case CLOSE -> "close()";
        };
    }
}

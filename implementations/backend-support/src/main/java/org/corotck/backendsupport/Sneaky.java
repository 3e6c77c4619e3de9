package org.corotck.backendsupport;

/** Rethrows any Throwable, checked ones included, without wrapping: the same instance must reach the caller (rule 5.1). */
public final class Sneaky {
    private Sneaky() {}

    /** Throws {@code t}; declared to return an exception so that callers can write {@code throw Sneaky.raise(t)}. */
    public static RuntimeException raise(Throwable t) {
        throw Sneaky.<RuntimeException>uncheck(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T uncheck(Throwable t) throws T {
        throw (T) t;
    }
}

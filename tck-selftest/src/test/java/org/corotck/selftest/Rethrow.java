package org.corotck.selftest;

/** Rethrows any Throwable, checked ones included, as a coroutine would have: {@code throw Rethrow.sneaky(t)}. */
public final class Rethrow {
    private Rethrow() {}

    public static RuntimeException sneaky(Throwable t) {
        throw Rethrow.<RuntimeException>uncheck(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T uncheck(Throwable t) throws T {
        throw (T) t;
    }
}

package org.corotck.spec.spi;

/**
 * What a backend declares it can do (rules 11.x). A capability declared absent is tested too: the
 * operation it would enable fails with a clear {@link UnsupportedOperationException} and changes nothing.
 */
public enum Capability {
    /** Runs {@link org.corotck.spec.StackfulBody} bodies, yielding at any call depth (rule 11.1). */
    STACKFUL,
    /**
     * Closes a SUSPENDED coroutine once it becomes unreachable, as CPython does on dealloc: one close request,
     * a body that ignores it dropped, every failure to the unraisable handler (rules 10.1, 10.3, 10.5, 10.6).
     */
    FINALIZES_ABANDONED,
    /** The body runs on the thread that calls send/next/throwInto/close (rule 11.4). */
    RUNS_ON_CALLER_THREAD
}

package org.corotck.spec;

/**
 * The lifecycle states of {@code inspect.getgeneratorstate} (rules 1.1-1.5). A coroutine moves
 * CREATED -> (RUNNING <-> SUSPENDED)* -> CLOSED and never leaves CLOSED.
 */
public enum State {
    /** Created; the body has not run a single statement (rule 1.1). */
    CREATED,
    /** The body is executing now; only the body itself (or another thread) can observe it (rule 1.3). */
    RUNNING,
    /** The body waits at a yield for the next send, throwInto or close (rule 1.2). */
    SUSPENDED,
    /** Finished: returned, raised, or closed. Terminal (rule 1.4). */
    CLOSED
}

package org.corotck.spec;

/**
 * A stackful yield that cannot suspend because the body's stack is pinned to its carrier: a native
 * frame, or a critical section, depending on the JDK (rule 11.5). It is raised at the yield, inside
 * the body, so the body's handlers and finally blocks see it; the coroutine is not corrupted.
 * CPython has no equivalent: a generator frame can always suspend.
 */
public class PinnedYieldException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PinnedYieldException(String reason) {
        super("cannot yield: the coroutine's stack is pinned (" + reason + ")");
    }
}

package org.corotck.backendsupport;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The coroutines of one chain of delegations, claimed together: a call on the chain's top holds the chain
 * with one compare-and-set and steps its innermost coroutine (the bottom) directly, without visiting the
 * coroutines between, which report RUNNING from the hold (rule 9.8). A chain is a path: each member
 * delegates to the next, and only its bottom changes (a sub joins under it, or it ends or leaves and its
 * delegator becomes the bottom), always by the call that holds it.
 *
 * <p>A call on a member other than the top, while the chain is free, retires the chain: that call may
 * change the chain's middle behind the top's back, so from then on its members are claimed one by one as
 * coroutines outside a chain are. A retired chain is never held again.
 *
 * <p>The chain refers to its bottom but not to its top, so that an abandoned top is not kept reachable by
 * a sub the program still holds (rule 10.1).
 */
final class DelegationChain {
    private static final VarHandle WORD;
    private static final int FREE = 0, HELD = 1, RETIRED = 2;

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(DelegationChain.class, "word", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int word = HELD;
    /** The innermost coroutine; written only by the call that holds the chain, published by its release. */
    StandardCoroutine<?, ?> bottom;

    /** A new chain, held by the call that forms it. */
    DelegationChain(StandardCoroutine<?, ?> bottom) {
        this.bottom = bottom;
    }

    /**
     * For a call on the top, which holds the top: true when it now holds the chain, false when the chain is
     * retired. Only such a call holds a chain, and it lets the chain go before the top, so no other holds it.
     */
    boolean acquire() {
        if (WORD.compareAndSet(this, FREE, HELD)) {
            return true;
        }
        if (word == RETIRED) {
            return false;
        }
        throw new IllegalStateException("a delegation chain found held by a call on its top while that call holds the top");
    }

    /** Ends the hold of the call on the top. */
    void release() {
        WORD.setRelease(this, FREE);
    }

    /** Whether a call on the top holds the chain, so every member below the top runs in that call. */
    boolean held() {
        return word == HELD;
    }

    /**
     * For a call on a member other than the top: true when a call on the top holds the chain (the member
     * is RUNNING in it); otherwise the chain is now retired and the member is on its own.
     */
    boolean heldOrRetire() {
        for (;;) {
            int w = word;
            if (w == HELD) {
                return true;
            }
            if (w == RETIRED || WORD.compareAndSet(this, FREE, RETIRED)) {
                return false;
            }
        }
    }
}

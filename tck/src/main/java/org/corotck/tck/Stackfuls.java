package org.corotck.tck;

import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.opentest4j.AssertionFailedError;

/**
 * How every stackful coroutine of the TCK is made, rule tests and the program runs alike: a backend that declares
 * STACKFUL but refuses the body fails with one message that says so (rule 11.3), not with the bare refusal.
 */
public final class Stackfuls {
    private Stackfuls() {}

    /**
     * {@code backend.stackful(body)}; a backend that does not declare STACKFUL gets its refusal back as it threw it,
     * one that declares it fails the test.
     */
    public static <I, O> Coroutine<I, O> of(Backend backend, StackfulBody<I, O> body) {
        try {
            return backend.stackful(body);
        } catch (UnsupportedOperationException refused) {
            if (!backend.capabilities().contains(Capability.STACKFUL)) {
                throw refused;
            }
            throw new AssertionFailedError(declaredButRefused(backend, refused), refused);
        }
    }

    /** What a backend that declares STACKFUL but refused a stackful body is told. */
    static String declaredButRefused(Backend backend, UnsupportedOperationException refused) {
        return "backend " + backend.name() + " declares STACKFUL (Backend.capabilities()) but stackful() threw "
                + "UnsupportedOperationException: " + refused.getMessage()
                + "; declare only what it supports (rule 11.3)";
    }
}

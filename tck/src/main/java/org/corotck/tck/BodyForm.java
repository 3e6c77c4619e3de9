package org.corotck.tck;

/** The two forms a coroutine body takes (SPEC.md, rules 11.1 and 11.2); most rule tests run in both. */
public enum BodyForm {
    /** A {@link org.corotck.spec.StackfulBody}: only backends that declare STACKFUL run it. */
    STACKFUL,
    /** A {@link org.corotck.spec.StateMachine}: every backend runs it. */
    STATE_MACHINE
}

package org.corotck.tck.programs;

/**
 * An instruction of a compiled function, in the style of CPython's bytecode: jumps, a block stack for
 * try statements, and finally blocks entered with a pending completion (go on, re-raise, or return).
 * Jump targets are instruction indices within the same function.
 */
public sealed interface Instr {

    /** Suspend with {@code value}; the value sent back is stored in {@code target} (null: discarded). */
    record Yield(Integer target, Expr value) implements Instr {}

    record Assign(int var, Expr value) implements Instr {}

    record LogValue(Expr value) implements Instr {}

    record Jump(int to) implements Instr {}

    /** Jump unless {@code _v(var) < bound}. */
    record JumpUnlessLess(int var, long bound, int to) implements Instr {}

    /** Sets loop counter {@code slot} to {@code times}. */
    record LoopInit(int slot, int times) implements Instr {}

    /** Leaves the loop (jumps to {@code exit}) when counter {@code slot} is 0, else counts one iteration. */
    record LoopNext(int slot, int exit) implements Instr {}

    /** Pushes an except block: an exception goes to the match instructions at {@code handler}. */
    record SetupExcept(int handler) implements Instr {}

    /** Pushes a finally block: an exception or a return goes to the finally code at {@code handler}. */
    record SetupFinally(int handler) implements Instr {}

    /** Pops the innermost block: its body ended normally. */
    record PopBlock() implements Instr {}

    /** Jumps to {@code to}, the except clause's body, when the exception being handled is a {@code kind}. */
    record Match(String kind, int to) implements Instr {}

    /** No clause matched: the exception being handled goes on outwards. */
    record Reraise() implements Instr {}

    /** Enters finally code normally: its end goes on after it. */
    record PushNormal() implements Instr {}

    /** Ends finally code: goes on, re-raises, or goes on returning, as the pending completion says. */
    record EndFinally() implements Instr {}

    record Raise(String kind) implements Instr {}

    record Return(Expr value) implements Instr {}

    /** {@code target = yield from f<function>(argument)}: a frame of this machine, or a delegation (Step.delegate). */
    record Call(Integer target, int function, Expr argument, boolean delegate) implements Instr {}
}

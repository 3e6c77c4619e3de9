package org.corotck.instrumented.transform;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The rule of which methods become resumable and which calls may suspend, in one place (README and
 * SPEC.md state it):
 * <ul>
 *   <li>a call may suspend when it is {@code Yielder.yield}, {@code Yielder.yieldFrom}, or a call of any
 *       method other than a constructor that takes a {@code Yielder} parameter. The rule reads only the
 *       call's descriptor, so caller and callee agree on it without seeing each other;</li>
 *   <li>a method is made resumable when it takes a {@code Yielder} parameter, has code, is not a
 *       constructor or class initializer, and contains a call that may suspend. A stackful lambda's
 *       implementation method qualifies, since its Yielder is a parameter, and so does every helper a
 *       body passes its Yielder to.</li>
 * </ul>
 * A method that reaches a Yielder any other way (a field, a captured variable of an untransformed
 * class) is not resumable; a yield through it fails with PinnedYieldException at the yield.
 */
public final class Suspendables {
    public static final String YIELDER = "org/corotck/spec/Yielder";
    static final String YIELDER_DESCRIPTOR = "L" + YIELDER + ";";

    private Suspendables() {}

    /** Whether executing {@code insn} may suspend the coroutine. */
    public static boolean isSuspendableCall(AbstractInsnNode insn) {
        if (!(insn instanceof MethodInsnNode call)) {
            return false;
        }
        if (call.owner.equals(YIELDER)) {
            return call.name.equals("yield") || call.name.equals("yieldFrom");
        }
        if (call.name.equals("<init>") || call.owner.equals("java/lang/invoke/MethodHandle")) {
            return false;
        }
        return hasYielderParameter(call.desc);
    }

    /** Whether the call is one of the yielder's own suspension points rather than a resumable method. */
    static boolean isYielderCall(MethodInsnNode call) {
        return call.owner.equals(YIELDER);
    }

    public static boolean hasYielderParameter(String descriptor) {
        return descriptor.contains(YIELDER_DESCRIPTOR) && yielderArgument(descriptor) >= 0;
    }

    /** The index among the arguments of the last Yielder parameter, or -1. */
    static int yielderArgument(String descriptor) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        for (int i = arguments.length - 1; i >= 0; i--) {
            if (arguments[i].getDescriptor().equals(YIELDER_DESCRIPTOR)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The local variable holding the method's Yielder: its last Yielder parameter (for a lambda, captured
     * values come first and the lambda's own parameters last, so this is the body's own yielder).
     * -1 when there is none.
     */
    static int yielderLocal(int access, String descriptor) {
        int argument = yielderArgument(descriptor);
        if (argument < 0) {
            return -1;
        }
        int local = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        Type[] arguments = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < argument; i++) {
            local += arguments[i].getSize();
        }
        return local;
    }

    /** Whether the method becomes resumable. */
    public static boolean qualifies(MethodNode method) {
        if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0
                || method.name.equals("<init>") || method.name.equals("<clinit>")
                || yielderLocal(method.access, method.desc) < 0) {
            return false;
        }
        for (AbstractInsnNode insn : method.instructions) {
            if (isSuspendableCall(insn)) {
                return true;
            }
        }
        return false;
    }

    /** The token a call site arms and a resumable method accepts: name and descriptor, interned as a constant. */
    public static String token(String name, String descriptor) {
        return (name + descriptor).intern();
    }
}

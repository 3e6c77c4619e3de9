package org.corotck.instrumented.runtime;

import java.util.Arrays;

/**
 * Where a suspended coroutine keeps its frames: the locals and operand stack of every resumable method
 * between the body's entry and the yield, each frame ending with its resume point. References go to one
 * array and primitives (widened to {@code long}, floats and doubles as raw bits) to another, both used as
 * stacks: a yield pushes the innermost frame first, and a resume pops the outermost first, which is the
 * order in which the methods are re-entered.
 *
 * <p>The arrays grow on demand and are kept, so that a coroutine suspending at the same point again and
 * again allocates nothing. The static methods take the stack last so that generated code pushes a value
 * and then the stack, with no swap of operand stack entries.
 */
public abstract class FrameStack {
    private static final Object[] NO_REFS = {};
    private static final long[] NO_PRIMS = {};

    private Object[] refs = NO_REFS;
    private long[] prims = NO_PRIMS;
    private int refTop;
    private int primTop;

    /** Whether no frame is saved: true whenever the body runs or has ended. */
    protected final boolean framesEmpty() {
        return refTop == 0 && primTop == 0;
    }

    /** Drops every saved frame and what it references: a closed coroutine keeps nothing of its body alive. */
    protected final void clearFrames() {
        refs = NO_REFS;
        prims = NO_PRIMS;
        refTop = 0;
        primTop = 0;
    }

    // ---- for generated code: saving

    public static void pushRef(Object value, FrameStack s) {
        int top = s.refTop;
        Object[] a = top < s.refs.length ? s.refs : s.growRefs();
        a[top] = value;
        s.refTop = top + 1;
    }

    public static void pushLong(long value, FrameStack s) {
        int top = s.primTop;
        long[] a = top < s.prims.length ? s.prims : s.growPrims();
        a[top] = value;
        s.primTop = top + 1;
    }

    /** Out of the push, so that the push stays small enough to be inlined everywhere. */
    private Object[] growRefs() {
        return refs = Arrays.copyOf(refs, Math.max(2, refs.length * 2));
    }

    private long[] growPrims() {
        return prims = Arrays.copyOf(prims, Math.max(3, prims.length * 2)); // 3: a small frame's locals and its resume point
    }

    public static void pushInt(int value, FrameStack s) {
        pushLong(value, s);
    }

    public static void pushFloat(float value, FrameStack s) {
        pushLong(Float.floatToRawIntBits(value), s);
    }

    public static void pushDouble(double value, FrameStack s) {
        pushLong(Double.doubleToRawLongBits(value), s);
    }

    // ---- for generated code: restoring

    /** Pops a reference and clears its slot, so that the stack does not keep a resumed frame's objects alive. */
    public static Object popRef(FrameStack s) {
        int top = s.refTop - 1;
        Object value = s.refs[top];
        s.refs[top] = null;
        s.refTop = top;
        return value;
    }

    public static long popLong(FrameStack s) {
        int top = s.primTop - 1;
        s.primTop = top;
        return s.prims[top];
    }

    public static int popInt(FrameStack s) {
        return (int) popLong(s);
    }

    public static float popFloat(FrameStack s) {
        return Float.intBitsToFloat((int) popLong(s));
    }

    public static double popDouble(FrameStack s) {
        return Double.longBitsToDouble(popLong(s));
    }
}

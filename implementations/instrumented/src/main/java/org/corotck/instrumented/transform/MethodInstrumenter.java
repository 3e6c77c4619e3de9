package org.corotck.instrumented.transform;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corotck.instrumented.runtime.Fiber;
import org.corotck.instrumented.runtime.FrameStack;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * The method instrumenter: rewrites one method into a resumable one, following the protocol that
 * {@link Fiber} describes. It adds
 * <ul>
 *   <li>a prologue: find the Fiber in the Yielder parameter, take the armed token, and when restoring,
 *       jump to the resume point saved on the stack;</li>
 *   <li>at each call that may suspend: arm the callee's token (or the reason it cannot suspend), and after
 *       it, a check of the mode that branches out of line when a yield is being captured;</li>
 *   <li>out of line, per call: save the operand stack and locals and return; or, entered from an
 *       untransformed frame, refuse; and the restore, which pops them again and calls the same callee.</li>
 * </ul>
 * A call on an object keeps its receiver and arguments in locals across the call, saved with the frame,
 * so that the restore calls the same object with the same arguments (a JDK lambda class in between may
 * check or unbox them). A static call is restored with zeros and nulls, since the callee restores its own
 * locals, and the Fiber for its Yielder arguments, through which the callee finds its frame. The call's
 * own yields are called on the Fiber. Frames are recomputed afterwards by the class instrumenter.
 */
final class MethodInstrumenter {
    private static final String FIBER = Type.getInternalName(Fiber.class);
    private static final String FRAME_STACK = Type.getInternalName(FrameStack.class);
    private static final String FIBER_DESC = "L" + FIBER + ";";
    private static final String STACK_DESC = "L" + FRAME_STACK + ";";

    private final String owner;
    private final MethodNode method;
    private final List<FrameAnalysis.Site> sites;
    private final Set<String> acceptedTokens;
    private final String ownToken;
    private final int yielderLocal;
    private final boolean yielderReassigned;
    private final int base;

    private final int fiber;
    private final int armed;
    private final int seen;
    private final int receiver;
    private final int argumentTemps;

    /**
     * @param acceptedTokens tokens besides its own that the method accepts as armed: those of the
     *     interface methods that lambdas of the same class forward to it
     */
    MethodInstrumenter(String owner, MethodNode method, List<FrameAnalysis.Site> sites, Set<String> acceptedTokens) {
        this.owner = owner;
        this.method = method;
        this.sites = sites;
        this.acceptedTokens = acceptedTokens;
        this.ownToken = Suspendables.token(method.name, method.desc);
        this.yielderLocal = Suspendables.yielderLocal(method.access, method.desc);
        this.yielderReassigned = writes(method, yielderLocal);
        // A tag per method in the resume points, so that a frame restored into the wrong method fails loudly.
        this.base = ((owner + "." + ownToken).hashCode() & 0x3FFF) << 16;
        int locals = method.maxLocals;
        this.fiber = locals;
        this.armed = locals + 1;
        this.seen = locals + 2;
        this.receiver = locals + 3;
        this.argumentTemps = locals + 4;
    }

    void instrument() {
        if (sites.size() > 0xFFFF) {
            throw new IllegalArgumentException("too many calls that may suspend in " + owner + "." + method.name);
        }
        LabelNode body = new LabelNode();
        LabelNode corrupt = new LabelNode();
        LabelNode[] restores = new LabelNode[sites.size()];
        InsnList outOfLine = new InsnList();
        int maxTemps = 0;
        List<FrameAnalysis.Site> saved = new ArrayList<>();
        for (FrameAnalysis.Site site : sites) {
            if (site.restriction() == null) {
                saved.add(site);
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            FrameAnalysis.Site site = sites.get(i);
            if (site.restriction() != null) {
                method.instructions.insertBefore(site.call(), arm(Fiber.RESTRICTED + site.restriction()));
                continue;
            }
            maxTemps = Math.max(maxTemps, argumentSize(site.call()));
            int point = saved.indexOf(site);
            restores[point] = new LabelNode();
            instrumentSite(site, base + point, restores[point], outOfLine);
        }
        LabelNode[] targets = java.util.Arrays.copyOf(restores, saved.size());
        method.instructions.insert(prologue(body, corrupt, targets));
        method.instructions.add(outOfLine);
        method.instructions.add(corrupt);
        method.instructions.add(new LdcInsnNode("no resume point " + owner.replace('/', '.') + "." + method.name
                + " knows was popped (or it was entered from an untransformed frame while restoring)"));
        method.instructions.add(new MethodInsnNode(INVOKESTATIC, FIBER, "corrupt",
                "(Ljava/lang/String;)Ljava/lang/IllegalStateException;", false));
        method.instructions.add(new InsnNode(ATHROW));
        method.maxLocals = argumentTemps + maxTemps;
    }

    /** The entry: find the Fiber, take the armed token, and when restoring jump to the saved resume point. */
    private InsnList prologue(LabelNode body, LabelNode corrupt, LabelNode[] restores) {
        InsnList code = new InsnList();
        LabelNode plain = new LabelNode();
        LabelNode isArmed = new LabelNode();
        LabelNode checkMode = new LabelNode();
        code.add(new VarInsnNode(ALOAD, yielderLocal));
        code.add(new TypeInsnNode(INSTANCEOF, FIBER));
        code.add(new JumpInsnNode(IFEQ, plain));
        code.add(new VarInsnNode(ALOAD, yielderLocal));
        code.add(new TypeInsnNode(CHECKCAST, FIBER));
        code.add(new VarInsnNode(ASTORE, fiber));
        code.add(new VarInsnNode(ALOAD, fiber));
        code.add(new FieldInsnNode(GETFIELD, FIBER, "expected", "Ljava/lang/Object;"));
        code.add(new VarInsnNode(ASTORE, seen));
        code.add(new VarInsnNode(ALOAD, fiber));
        code.add(new InsnNode(ACONST_NULL));
        code.add(new FieldInsnNode(PUTFIELD, FIBER, "expected", "Ljava/lang/Object;"));
        for (String token : tokens()) {
            code.add(new VarInsnNode(ALOAD, seen));
            code.add(new LdcInsnNode(token));
            code.add(new JumpInsnNode(IF_ACMPEQ, isArmed));
        }
        code.add(new VarInsnNode(ALOAD, seen));
        code.add(new LdcInsnNode(ownToken));
        code.add(new MethodInsnNode(INVOKESTATIC, FIBER, "forwardsTo", "(Ljava/lang/Object;Ljava/lang/String;)Z", false));
        code.add(new VarInsnNode(ISTORE, armed));
        code.add(new JumpInsnNode(GOTO, checkMode));
        code.add(isArmed);
        code.add(new InsnNode(ICONST_1));
        code.add(new VarInsnNode(ISTORE, armed));
        code.add(checkMode);
        code.add(new VarInsnNode(ALOAD, fiber));
        code.add(new FieldInsnNode(GETFIELD, FIBER, "mode", "I"));
        code.add(new InsnNode(ICONST_2)); // RESTORING
        code.add(new JumpInsnNode(IF_ICMPNE, body));
        code.add(new VarInsnNode(ILOAD, armed));
        code.add(new JumpInsnNode(IFEQ, corrupt));
        code.add(new VarInsnNode(ALOAD, fiber));
        code.add(new MethodInsnNode(INVOKESTATIC, FRAME_STACK, "popInt", "(" + STACK_DESC + ")I", false));
        if (restores.length == 0) {
            code.add(new InsnNode(POP));
            code.add(new JumpInsnNode(GOTO, corrupt));
        } else {
            code.add(new TableSwitchInsnNode(base, base + restores.length - 1, corrupt, restores));
        }
        code.add(plain);
        code.add(new InsnNode(ACONST_NULL));
        code.add(new VarInsnNode(ASTORE, fiber));
        code.add(new InsnNode(ACONST_NULL));
        code.add(new VarInsnNode(ASTORE, seen));
        code.add(new InsnNode(ICONST_0));
        code.add(new VarInsnNode(ISTORE, armed));
        code.add(body);
        return code;
    }

    private List<String> tokens() {
        List<String> all = new ArrayList<>();
        all.add(ownToken);
        for (String t : acceptedTokens) {
            if (!t.equals(ownToken)) {
                all.add(t);
            }
        }
        return all;
    }

    /** Arms a token on the Fiber, when there is one: {@code if (fiber != null) fiber.expected = token}. */
    private InsnList arm(String token) {
        InsnList code = new InsnList();
        LabelNode skip = new LabelNode();
        code.add(new VarInsnNode(ALOAD, fiber));
        code.add(new JumpInsnNode(IFNULL, skip));
        code.add(new VarInsnNode(ALOAD, fiber));
        code.add(new LdcInsnNode(token));
        code.add(new FieldInsnNode(PUTFIELD, FIBER, "expected", "Ljava/lang/Object;"));
        code.add(skip);
        return code;
    }

    private void instrumentSite(FrameAnalysis.Site site, int resumePoint, LabelNode restore, InsnList outOfLine) {
        MethodInsnNode call = site.call();
        boolean yielderCall = Suspendables.isYielderCall(call);
        boolean keepsReceiver = !yielderCall && call.getOpcode() != INVOKESTATIC;
        Type[] arguments = Type.getArgumentTypes(call.desc);
        Type result = Type.getReturnType(call.desc);
        InsnList before = new InsnList();
        if (keepsReceiver) {
            int[] temps = tempSlots(arguments);
            for (int a = arguments.length - 1; a >= 0; a--) {
                before.add(new VarInsnNode(arguments[a].getOpcode(ISTORE), temps[a]));
            }
            before.add(new InsnNode(DUP));
            before.add(new VarInsnNode(ASTORE, receiver));
            for (int a = 0; a < arguments.length; a++) {
                before.add(new VarInsnNode(arguments[a].getOpcode(ILOAD), temps[a]));
            }
        }
        LabelNode invoke = new LabelNode();
        before.add(invoke);
        before.add(arm(Suspendables.token(call.name, call.desc)));
        method.instructions.insertBefore(call, before);

        LabelNode capture = new LabelNode();
        LabelNode after = new LabelNode();
        InsnList check = new InsnList();
        check.add(new VarInsnNode(ALOAD, fiber));
        check.add(new JumpInsnNode(IFNULL, after));
        check.add(new VarInsnNode(ALOAD, fiber));
        check.add(new FieldInsnNode(GETFIELD, FIBER, "mode", "I"));
        check.add(new InsnNode(ICONST_1)); // CAPTURING
        check.add(new JumpInsnNode(IF_ICMPEQ, capture));
        check.add(after);
        method.instructions.insert(call, check);

        LabelNode refuse = new LabelNode();
        LabelNode repush = new LabelNode();

        // Capture: [below..., result] -> saved, return.
        outOfLine.add(capture);
        if (result.getSize() == 2) {
            outOfLine.add(new InsnNode(POP2));
        } else if (result.getSize() == 1) {
            outOfLine.add(new InsnNode(POP));
        }
        outOfLine.add(new VarInsnNode(ILOAD, armed));
        outOfLine.add(new JumpInsnNode(IFEQ, refuse));
        BasicValue[] below = site.stackBelow();
        for (int s = below.length - 1; s >= 0; s--) {
            if (isNull(below[s])) {
                outOfLine.add(new InsnNode(POP));
            } else {
                outOfLine.add(new VarInsnNode(ALOAD, fiber));
                outOfLine.add(push(below[s]));
            }
        }
        List<Slot> locals = savedLocals(site, keepsReceiver, arguments);
        for (Slot slot : locals) {
            int local = slot.local();
            BasicValue v = slot.type();
            outOfLine.add(new VarInsnNode(v.getType().getOpcode(ILOAD), local));
            outOfLine.add(new VarInsnNode(ALOAD, fiber));
            outOfLine.add(push(v));
        }
        outOfLine.add(new LdcInsnNode(resumePoint));
        outOfLine.add(new VarInsnNode(ALOAD, fiber));
        outOfLine.add(new MethodInsnNode(INVOKESTATIC, FRAME_STACK, "pushInt", "(I" + STACK_DESC + ")V", false));
        outOfLine.add(dummyReturn());

        // Refuse: entered from an untransformed frame, this method must not unwind; the yield throws instead.
        outOfLine.add(refuse);
        outOfLine.add(new VarInsnNode(ALOAD, fiber));
        outOfLine.add(new VarInsnNode(ALOAD, seen));
        outOfLine.add(new LdcInsnNode(owner.replace('/', '.') + "." + method.name));
        outOfLine.add(new MethodInsnNode(INVOKESTATIC, FIBER, "refuseToUnwind",
                "(" + FIBER_DESC + "Ljava/lang/Object;Ljava/lang/String;)V", false));
        outOfLine.add(new JumpInsnNode(GOTO, repush));

        // Restore: locals in the reverse order of saving, then the operand stack bottom first.
        outOfLine.add(restore);
        for (int k = locals.size() - 1; k >= 0; k--) {
            int local = locals.get(k).local();
            BasicValue v = locals.get(k).type();
            outOfLine.add(new VarInsnNode(ALOAD, fiber));
            outOfLine.add(pop(v));
            outOfLine.add(new VarInsnNode(v.getType().getOpcode(ISTORE), local));
        }
        for (int local = 0; local < site.locals().length; local++) {
            BasicValue v = site.locals()[local];
            if (v != null && isNull(v)) {
                outOfLine.add(new InsnNode(ACONST_NULL));
                outOfLine.add(new VarInsnNode(ASTORE, local));
            }
        }
        if (!yielderReassigned && site.locals()[yielderLocal] != null) {
            outOfLine.add(new VarInsnNode(ALOAD, fiber));
            outOfLine.add(new VarInsnNode(ASTORE, yielderLocal));
        }
        for (BasicValue v : below) {
            if (isNull(v)) {
                outOfLine.add(new InsnNode(ACONST_NULL));
            } else {
                outOfLine.add(new VarInsnNode(ALOAD, fiber));
                outOfLine.add(pop(v));
            }
        }
        // Call the same callee again: on an object, the same receiver and arguments (a JDK lambda class in
        // between may check or unbox them); a static method restores its own, so placeholders do.
        outOfLine.add(repush);
        if (keepsReceiver) {
            outOfLine.add(new VarInsnNode(ALOAD, receiver));
            int[] temps = tempSlots(arguments);
            for (int a = 0; a < arguments.length; a++) {
                outOfLine.add(new VarInsnNode(arguments[a].getOpcode(ILOAD), temps[a]));
            }
        } else {
            if (yielderCall) {
                outOfLine.add(new VarInsnNode(ALOAD, fiber));
            }
            for (Type a : arguments) {
                outOfLine.add(placeholder(a));
            }
        }
        outOfLine.add(new JumpInsnNode(GOTO, invoke));
    }

    /** A local variable a suspension saves, with its type there. */
    private record Slot(int local, BasicValue type) {}

    /**
     * The locals a suspension at this site saves: every typed one but the Yielder (unless reassigned, it is
     * the Fiber again), and for a call on an object the receiver and arguments kept for calling it again.
     */
    private List<Slot> savedLocals(FrameAnalysis.Site site, boolean keepsReceiver, Type[] arguments) {
        List<Slot> locals = new ArrayList<>();
        BasicValue[] types = site.locals();
        for (int local = 0; local < types.length; local++) {
            BasicValue v = types[local];
            if (v == null || isNull(v) || (local == yielderLocal && !yielderReassigned)) {
                continue;
            }
            locals.add(new Slot(local, v));
        }
        if (keepsReceiver) {
            locals.add(new Slot(receiver, typed(site.receiverType())));
            int[] temps = tempSlots(arguments);
            for (int a = 0; a < arguments.length; a++) {
                locals.add(new Slot(temps[a], typed(site.argumentTypes()[a])));
            }
        }
        return locals;
    }

    /** A null constant's type cannot be cast to: saved and restored as an Object. */
    private static BasicValue typed(BasicValue v) {
        return isNull(v) ? BasicValue.REFERENCE_VALUE : v;
    }

    private int[] tempSlots(Type[] arguments) {
        int[] slots = new int[arguments.length];
        int next = argumentTemps;
        for (int a = 0; a < arguments.length; a++) {
            slots[a] = next;
            next += arguments[a].getSize();
        }
        return slots;
    }

    private static int argumentSize(MethodInsnNode call) {
        int size = 0;
        for (Type a : Type.getArgumentTypes(call.desc)) {
            size += a.getSize();
        }
        return size;
    }

    private static boolean isNull(BasicValue v) {
        return v.getType().getSort() == Type.OBJECT && v.getType().getInternalName().equals("null");
    }

    /** {@code FrameStack.pushX(value, stack)}, the value below the stack on the operand stack. */
    private static AbstractInsnNode push(BasicValue v) {
        String kind = kind(v.getType());
        String descriptor = switch (kind) {
            case "Ref" -> "Ljava/lang/Object;";
            case "Int" -> "I";
            case "Long" -> "J";
            case "Float" -> "F";
            default -> "D";
        };
        return new MethodInsnNode(INVOKESTATIC, FRAME_STACK, "push" + kind, "(" + descriptor + STACK_DESC + ")V", false);
    }

    /** {@code FrameStack.popX(stack)}, cast back to the value's type. */
    private static InsnList pop(BasicValue v) {
        InsnList code = new InsnList();
        String kind = kind(v.getType());
        String descriptor = switch (kind) {
            case "Ref" -> "Ljava/lang/Object;";
            case "Int" -> "I";
            case "Long" -> "J";
            case "Float" -> "F";
            default -> "D";
        };
        code.add(new MethodInsnNode(INVOKESTATIC, FRAME_STACK, "pop" + kind, "(" + STACK_DESC + ")" + descriptor, false));
        if (kind.equals("Ref")) {
            String name = v.getType().getSort() == Type.ARRAY ? v.getType().getDescriptor() : v.getType().getInternalName();
            if (!name.equals("java/lang/Object") && !name.equals("null")) {
                code.add(new TypeInsnNode(CHECKCAST, name));
            }
        }
        return code;
    }

    private static String kind(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> "Int";
            case Type.LONG -> "Long";
            case Type.FLOAT -> "Float";
            case Type.DOUBLE -> "Double";
            default -> "Ref";
        };
    }

    private AbstractInsnNode placeholder(Type t) {
        if (t.getDescriptor().equals(Suspendables.YIELDER_DESCRIPTOR)) {
            return new VarInsnNode(ALOAD, fiber);
        }
        return switch (t.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> new InsnNode(ICONST_0);
            case Type.LONG -> new InsnNode(LCONST_0);
            case Type.FLOAT -> new InsnNode(FCONST_0);
            case Type.DOUBLE -> new InsnNode(DCONST_0);
            default -> new InsnNode(ACONST_NULL);
        };
    }

    /** A return of zero or null: the value is never used, the caller sees the mode and saves itself too. */
    private InsnList dummyReturn() {
        InsnList code = new InsnList();
        Type r = Type.getReturnType(method.desc);
        switch (r.getSort()) {
            case Type.VOID -> code.add(new InsnNode(RETURN));
            case Type.LONG -> {
                code.add(new InsnNode(LCONST_0));
                code.add(new InsnNode(LRETURN));
            }
            case Type.FLOAT -> {
                code.add(new InsnNode(FCONST_0));
                code.add(new InsnNode(FRETURN));
            }
            case Type.DOUBLE -> {
                code.add(new InsnNode(DCONST_0));
                code.add(new InsnNode(DRETURN));
            }
            case Type.OBJECT, Type.ARRAY -> {
                code.add(new InsnNode(ACONST_NULL));
                code.add(new InsnNode(ARETURN));
            }
            default -> {
                code.add(new InsnNode(ICONST_0));
                code.add(new InsnNode(IRETURN));
            }
        }
        return code;
    }

    /** Whether the method ever stores into {@code local}. */
    private static boolean writes(MethodNode method, int local) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof VarInsnNode v && v.var == local && v.getOpcode() >= ISTORE && v.getOpcode() <= ASTORE) {
                return true;
            }
            if (insn instanceof IincInsnNode inc && inc.var == local) {
                return true;
            }
        }
        return false;
    }
}

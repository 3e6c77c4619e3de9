package org.corotck.instrumented.transform;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * The analyser: for every call of a method that may suspend, the type of each local and of each operand
 * stack entry below the call's receiver and arguments, which is what a suspension saves, and whether it
 * can be saved at all. It cannot when a monitor is held there (a {@code synchronized} block or method:
 * a resumed frame would not hold it again) or when the stack holds an object whose constructor has not
 * run yet (a yield among a constructor call's arguments: such a value cannot be stored anywhere).
 */
final class FrameAnalysis {

    /**
     * One call that may suspend.
     *
     * @param locals the types of the locals before the call, null entries for unused slots
     * @param stackBelow the operand stack below the call's receiver and arguments, bottom first
     * @param receiverType the type of the call's receiver, null for a static call
     * @param argumentTypes the types of the call's arguments as they are on the stack
     * @param restriction null when the frame can be saved here, else why not, for the error message
     */
    record Site(MethodInsnNode call, BasicValue[] locals, BasicValue[] stackBelow, BasicValue receiverType,
                BasicValue[] argumentTypes, String restriction) {}

    private FrameAnalysis() {}

    /** The method's calls that may suspend, in instruction order. */
    static List<Site> sites(ClassNode owner, MethodNode method, ClassHierarchy hierarchy) throws AnalyzerException {
        Analyzer<BasicValue> analyzer = new Analyzer<>(new TypingInterpreter(owner, hierarchy)) {
            @Override
            protected Frame<BasicValue> newFrame(int numLocals, int numStack) {
                return new TrackingFrame(numLocals, numStack);
            }

            @Override
            protected Frame<BasicValue> newFrame(Frame<? extends BasicValue> frame) {
                return new TrackingFrame(frame);
            }
        };
        Frame<BasicValue>[] frames = analyzer.analyze(owner.name, method);
        boolean synchronizedMethod = (method.access & Opcodes.ACC_SYNCHRONIZED) != 0;
        List<Site> sites = new ArrayList<>();
        int line = -1;
        int index = 0;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof LineNumberNode n) {
                line = n.line;
            }
            TrackingFrame frame = (TrackingFrame) frames[index++];
            if (frame == null || !Suspendables.isSuspendableCall(insn)) {
                continue; // unreachable code never suspends
            }
            MethodInsnNode call = (MethodInsnNode) insn;
            int operands = Type.getArgumentTypes(call.desc).length + (call.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
            BasicValue[] below = new BasicValue[frame.getStackSize() - operands];
            boolean uninitialized = false;
            for (int i = 0; i < below.length; i++) {
                below[i] = frame.getStack(i);
                uninitialized |= below[i] instanceof Uninitialized;
            }
            BasicValue[] locals = new BasicValue[frame.getLocals()];
            for (int i = 0; i < locals.length; i++) {
                BasicValue v = frame.getLocal(i);
                locals[i] = v == null || v.getType() == null ? null : v;
                uninitialized |= v instanceof Uninitialized;
            }
            String where = Type.getObjectType(owner.name).getClassName() + "." + method.name
                    + (line >= 0 ? " (" + (owner.sourceFile != null ? owner.sourceFile : "line") + ":" + line + ")" : "");
            String restriction = null;
            if (synchronizedMethod) {
                restriction = "a yield inside the synchronized method " + where
                        + ": a resumed method would no longer hold its monitor";
            } else if (frame.monitors > 0) {
                restriction = "a yield inside a synchronized block in " + where
                        + ": a resumed method would no longer hold its monitor";
            } else if (uninitialized) {
                restriction = "a yield among the arguments of a constructor call in " + where
                        + ": an object whose constructor has not run cannot be saved; compute the argument first";
            }
            BasicValue receiver = call.getOpcode() == Opcodes.INVOKESTATIC ? null : frame.getStack(below.length);
            BasicValue[] arguments = new BasicValue[Type.getArgumentTypes(call.desc).length];
            for (int a = 0; a < arguments.length; a++) {
                arguments[a] = frame.getStack(frame.getStackSize() - arguments.length + a);
            }
            sites.add(new Site(call, locals, below, receiver, arguments, restriction));
        }
        return sites;
    }

    /** An object created by NEW whose constructor has not run yet; equal only to itself. */
    static final class Uninitialized extends BasicValue {
        Uninitialized(Type type) {
            super(type);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A frame that also counts the monitors held and marks values initialized once their constructor ran. */
    private static final class TrackingFrame extends Frame<BasicValue> {
        int monitors;

        TrackingFrame(int numLocals, int numStack) {
            super(numLocals, numStack);
        }

        TrackingFrame(Frame<? extends BasicValue> frame) {
            super(frame);
            monitors = ((TrackingFrame) frame).monitors;
        }

        @Override
        public Frame<BasicValue> init(Frame<? extends BasicValue> frame) {
            super.init(frame);
            monitors = ((TrackingFrame) frame).monitors;
            return this;
        }

        @Override
        public void execute(AbstractInsnNode insn, Interpreter<BasicValue> interpreter) throws AnalyzerException {
            BasicValue constructed = null;
            if (insn.getOpcode() == Opcodes.INVOKESPECIAL && ((MethodInsnNode) insn).name.equals("<init>")) {
                constructed = getStack(getStackSize() - 1 - Type.getArgumentTypes(((MethodInsnNode) insn).desc).length);
            }
            super.execute(insn, interpreter);
            switch (insn.getOpcode()) {
                case Opcodes.MONITORENTER -> monitors++;
                case Opcodes.MONITOREXIT -> monitors = Math.max(0, monitors - 1);
                default -> { }
            }
            if (constructed instanceof Uninitialized) {
                BasicValue initialized = interpreter.newValue(constructed.getType());
                for (int i = 0; i < getLocals(); i++) {
                    if (getLocal(i) == constructed) {
                        setLocal(i, initialized);
                    }
                }
                for (int i = 0; i < getStackSize(); i++) {
                    if (getStack(i) == constructed) {
                        setStack(i, initialized);
                    }
                }
            }
        }

        @Override
        public boolean merge(Frame<? extends BasicValue> frame, Interpreter<BasicValue> interpreter) throws AnalyzerException {
            boolean changed = super.merge(frame, interpreter);
            int other = ((TrackingFrame) frame).monitors;
            if (other > monitors) {
                monitors = other;
                changed = true;
            }
            return changed;
        }
    }

    /**
     * SimpleVerifier's precise reference types, with supertypes from class files ({@link ClassHierarchy})
     * instead of loaded classes, and no checking: the code passed the JVM's verifier already.
     */
    private static final class TypingInterpreter extends SimpleVerifier {
        private final ClassHierarchy hierarchy;

        TypingInterpreter(ClassNode owner, ClassHierarchy hierarchy) {
            super(Opcodes.ASM9, Type.getObjectType(owner.name),
                    owner.superName == null ? null : Type.getObjectType(owner.superName),
                    owner.interfaces.stream().map(Type::getObjectType).toList(),
                    (owner.access & Opcodes.ACC_INTERFACE) != 0);
            this.hierarchy = hierarchy;
        }

        @Override
        public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
            if (insn.getOpcode() == Opcodes.NEW) {
                return new Uninitialized(Type.getObjectType(((TypeInsnNode) insn).desc));
            }
            return super.newOperation(insn);
        }

        @Override
        protected boolean isSubTypeOf(BasicValue value, BasicValue expected) {
            return true;
        }

        @Override
        protected boolean isInterface(Type type) {
            return type.getSort() == Type.OBJECT && hierarchy.isInterface(type.getInternalName());
        }

        @Override
        protected Type getSuperClass(Type type) {
            if (type.getSort() != Type.OBJECT) {
                return Type.getObjectType("java/lang/Object");
            }
            String superName = hierarchy.superName(type.getInternalName());
            return superName == null ? null : Type.getObjectType(superName);
        }

        @Override
        protected boolean isAssignableFrom(Type type1, Type type2) {
            if (type1.equals(type2)) {
                return true;
            }
            if (type1.getSort() == Type.OBJECT) {
                if (type2.getSort() == Type.ARRAY) {
                    String name = type1.getInternalName();
                    return name.equals("java/lang/Object") || name.equals("java/lang/Cloneable")
                            || name.equals("java/io/Serializable");
                }
                return type2.getSort() == Type.OBJECT && hierarchy.isAssignable(type1.getInternalName(), type2.getInternalName());
            }
            if (type1.getSort() == Type.ARRAY && type2.getSort() == Type.ARRAY) {
                Type e1 = Type.getType(type1.getDescriptor().substring(1));
                Type e2 = Type.getType(type2.getDescriptor().substring(1));
                if (e1.getSort() == Type.OBJECT || e1.getSort() == Type.ARRAY) {
                    return (e2.getSort() == Type.OBJECT || e2.getSort() == Type.ARRAY) && isAssignableFrom(e1, e2);
                }
                return e1.equals(e2);
            }
            return false;
        }

        @Override
        protected Class<?> getClass(Type type) {
            throw new UnsupportedOperationException("the instrumenter never loads classes: " + type);
        }
    }
}

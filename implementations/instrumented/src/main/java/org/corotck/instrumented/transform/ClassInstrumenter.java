package org.corotck.instrumented.transform;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.corotck.instrumented.runtime.Forwarders;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites a class file: every method that qualifies ({@link Suspendables}) becomes resumable
 * ({@link MethodInstrumenter}), with its stack map frames recomputed; every other method is left byte for
 * byte as it was. A method that cannot be analysed is left as it was too, with a warning: its yields
 * then fail as pinned, never silently.
 */
public final class ClassInstrumenter {
    private static final byte[] YIELDER_NAME = Suspendables.YIELDER.getBytes(StandardCharsets.UTF_8);
    /** Instrumented code refers to the runtime; a class that already does is never instrumented twice. */
    private static final byte[] RUNTIME_NAME = "org/corotck/instrumented/runtime/".getBytes(StandardCharsets.UTF_8);

    private final ClassHierarchy hierarchy;
    private final Consumer<String> warnings;

    public ClassInstrumenter(ClassHierarchy hierarchy, Consumer<String> warnings) {
        this.hierarchy = hierarchy;
        this.warnings = warnings;
    }

    /** The transformed class file, or null when nothing in it becomes resumable. */
    public byte[] instrument(byte[] classFile) {
        if (!contains(classFile, YIELDER_NAME) || contains(classFile, RUNTIME_NAME)) {
            return null; // the common case, decided without parsing
        }
        ClassReader reader = new ClassReader(classFile);
        ClassNode node = new ClassNode();
        reader.accept(node, 0);
        if ((node.version & 0xFFFF) < Opcodes.V1_7) {
            return null; // older class files may use subroutines (JSR), which the instrumenter does not handle
        }
        hierarchy.define(node.name, node.superName == null ? "java/lang/Object" : node.superName,
                (node.access & Opcodes.ACC_INTERFACE) != 0, node.interfaces.toArray(String[]::new));
        Map<String, Set<String>> forwarded = lambdaForwarders(node);
        ClassNode pristine = null;
        boolean changed = false;
        for (int i = 0; i < node.methods.size(); i++) {
            MethodNode method = node.methods.get(i);
            if (!Suspendables.qualifies(method)) {
                continue;
            }
            try {
                List<FrameAnalysis.Site> sites = FrameAnalysis.sites(node, method, hierarchy);
                Set<String> accepted = forwarded.getOrDefault(Suspendables.token(method.name, method.desc), Set.of());
                new MethodInstrumenter(node.name, method, sites, accepted).instrument();
                node.methods.set(i, withFrames(node, method));
                changed = true;
            } catch (Exception | LinkageError e) {
                if (pristine == null) {
                    pristine = new ClassNode();
                    reader.accept(pristine, 0);
                }
                node.methods.set(i, pristine.methods.get(i));
                warnings.accept("corotck instrumented: left " + node.name.replace('/', '.') + "." + method.name
                        + method.desc + " as it was (its yields will fail as pinned): " + e);
            }
        }
        if (!changed) {
            return null;
        }
        ClassWriter writer = new ClassWriter(0);
        node.accept(writer);
        return writer.toByteArray();
    }

    /**
     * Lambdas and method references whose interface method may suspend: the hidden class the JDK makes for
     * each forwards calls armed with the interface method's token to the implementation method. Those
     * implemented in this class are returned (implementation token to interface tokens); those elsewhere
     * are registered with {@link Forwarders}.
     */
    private static Map<String, Set<String>> lambdaForwarders(ClassNode node) {
        Map<String, Set<String>> same = new HashMap<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (!(insn instanceof InvokeDynamicInsnNode indy)
                        || !indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                        || indy.bsmArgs.length < 3
                        || !(indy.bsmArgs[1] instanceof Handle target)
                        || !Suspendables.hasYielderParameter(target.getDesc())) {
                    continue;
                }
                String targetToken = Suspendables.token(target.getName(), target.getDesc());
                for (int a = 0; a < indy.bsmArgs.length; a++) {
                    // the interface method's erased type, and for altMetafactory the bridges' types after the flags
                    if ((a == 0 || a >= 3) && indy.bsmArgs[a] instanceof Type t && t.getSort() == Type.METHOD
                            && Suspendables.hasYielderParameter(t.getDescriptor())) {
                        String interfaceToken = Suspendables.token(indy.name, t.getDescriptor());
                        if (target.getOwner().equals(node.name)) {
                            same.computeIfAbsent(targetToken, k -> new LinkedHashSet<>()).add(interfaceToken);
                        } else {
                            Forwarders.register(interfaceToken, targetToken);
                        }
                    }
                }
            }
        }
        return same;
    }

    /** The method with stack map frames and maximums computed, through a class holding only it. */
    private MethodNode withFrames(ClassNode owner, MethodNode method) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return hierarchy.commonSuperClass(type1, type2);
            }
        };
        writer.visit(owner.version, owner.access, owner.name, null, owner.superName,
                owner.interfaces.toArray(String[]::new));
        method.accept(writer);
        writer.visitEnd();
        ClassNode framed = new ClassNode();
        new ClassReader(writer.toByteArray()).accept(framed, 0);
        return framed.methods.get(0);
    }

    private static boolean contains(byte[] classFile, byte[] name) {
        outer:
        for (int i = 0; i <= classFile.length - name.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (classFile[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

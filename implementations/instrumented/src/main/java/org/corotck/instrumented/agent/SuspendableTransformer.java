package org.corotck.instrumented.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.WeakHashMap;
import org.corotck.instrumented.transform.ClassHierarchy;
import org.corotck.instrumented.transform.ClassInstrumenter;

/**
 * Hands each class that loads to the {@link ClassInstrumenter}, unless it is one the agent must not touch:
 * a JDK class, a class of the bootstrap loader, a hidden class, the agent's own classes and ASM, a class
 * being redefined (unless the agent, attached late, retransforms the classes loaded before it), or a
 * class whose loader cannot see the agent's runtime (its generated code could not link). A failure never stops a class from loading: it loads untransformed, and a warning says why.
 */
final class SuspendableTransformer implements ClassFileTransformer {
    private static final String[] NEVER = {
        "java/", "javax/", "jdk/", "sun/", "com/sun/", "org/objectweb/asm/",
        "org/corotck/instrumented/agent/", "org/corotck/instrumented/transform/", "org/corotck/instrumented/runtime/",
    };

    private final Class<?> runtime;
    private final boolean verbose;
    private final Map<ClassLoader, ClassHierarchy> hierarchies = new WeakHashMap<>();
    private final Map<ClassLoader, Boolean> seesRuntime = new WeakHashMap<>();
    /** While the agent, loaded late, transforms the classes loaded before it; other redefinitions are left alone. */
    private volatile boolean retransforming;

    SuspendableTransformer(Class<?> runtime, boolean verbose) {
        this.runtime = runtime;
        this.verbose = verbose;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (loader == null || className == null || (classBeingRedefined != null && !retransforming)
                || excluded(className)) {
            return null;
        }
        try {
            if (!seesRuntime(loader)) {
                return null;
            }
            byte[] transformed = new ClassInstrumenter(hierarchy(loader), System.err::println).instrument(classfileBuffer);
            if (transformed != null && verbose) {
                System.err.println("corotck instrumented: transformed " + className.replace('/', '.'));
            }
            return transformed;
        } catch (Throwable t) {
            System.err.println("corotck instrumented: left " + className.replace('/', '.') + " untransformed: " + t);
            return null;
        }
    }

    void retransforming(boolean on) {
        retransforming = on;
    }

    static boolean excluded(String className) {
        for (String prefix : NEVER) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private synchronized ClassHierarchy hierarchy(ClassLoader loader) {
        return hierarchies.computeIfAbsent(loader, ClassHierarchy::new);
    }

    /** Asks the loader outside this object's lock: a loader that is not parallel-capable locks itself. */
    private boolean seesRuntime(ClassLoader loader) {
        synchronized (this) {
            Boolean known = seesRuntime.get(loader);
            if (known != null) {
                return known;
            }
        }
        boolean sees;
        try {
            sees = Class.forName(runtime.getName(), false, loader) == runtime;
        } catch (ClassNotFoundException | LinkageError e) {
            sees = false;
        }
        synchronized (this) {
            seesRuntime.put(loader, sees);
        }
        return sees;
    }
}

package org.corotck.instrumented.transform;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;

/**
 * Supertypes read from class files, never by loading classes: a transformer that loaded classes while
 * the JVM loads one could recurse into itself or initialize classes too early. The files come from the
 * transformed class's loader (which sees the JDK's through its parents). A type whose file cannot be
 * found is taken for a direct subclass of Object, which makes merged frame types less precise but never
 * wrong for code that was valid to begin with.
 */
public final class ClassHierarchy {
    private static final String OBJECT = "java/lang/Object";

    private record Info(String superName, boolean isInterface, String[] interfaces) {}

    private static final Info UNKNOWN = new Info(OBJECT, false, new String[0]);

    private final ClassLoader loader;
    private final ConcurrentHashMap<String, Info> infos = new ConcurrentHashMap<>();

    public ClassHierarchy(ClassLoader loader) {
        this.loader = loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    /** Records a class being transformed: its own file is not readable from its loader yet. */
    public void define(String name, String superName, boolean isInterface, String[] interfaces) {
        infos.put(name, new Info(superName, isInterface, interfaces));
    }

    public boolean isInterface(String name) {
        return info(name).isInterface;
    }

    /** The superclass's internal name; null for Object and for interfaces' absent one. */
    public String superName(String name) {
        return OBJECT.equals(name) ? null : info(name).superName;
    }

    /** Whether a value of class {@code sub} may be used where {@code sup} is expected (interfaces as the verifier sees them). */
    public boolean isAssignable(String sup, String sub) {
        if (sup.equals(sub) || OBJECT.equals(sup) || isInterface(sup)) {
            return true;
        }
        for (String c = superName(sub); c != null; c = superName(c)) {
            if (c.equals(sup)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest common superclass, Object when either is an interface: what the verifier checks against. */
    public String commonSuperClass(String a, String b) {
        if (isAssignable(a, b)) {
            return isInterface(a) ? OBJECT : a;
        }
        if (isAssignable(b, a)) {
            return isInterface(b) ? OBJECT : b;
        }
        if (isInterface(a) || isInterface(b)) {
            return OBJECT;
        }
        for (String c = superName(a); c != null; c = superName(c)) {
            if (isAssignable(c, b)) {
                return c;
            }
        }
        return OBJECT;
    }

    private Info info(String name) {
        Info known = infos.get(name);
        if (known != null) {
            return known;
        }
        Info read = read(name);
        infos.putIfAbsent(name, read);
        return read;
    }

    private Info read(String name) {
        if (name.startsWith("[")) {
            return UNKNOWN;
        }
        try (InputStream in = loader.getResourceAsStream(name + ".class")) {
            if (in == null) {
                return UNKNOWN;
            }
            ClassReader reader = new ClassReader(in);
            boolean isInterface = (reader.getAccess() & org.objectweb.asm.Opcodes.ACC_INTERFACE) != 0;
            String superName = reader.getSuperName();
            return new Info(superName == null ? OBJECT : superName, isInterface, reader.getInterfaces());
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }
}

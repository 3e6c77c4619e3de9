package org.corotck.selftest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain fields of an object as another thread might see them without a happens-before edge: stale.
 * On x86-64, which orders plain stores, a real stale read almost never happens, so the mutants of rules 8.5
 * and 8.6 show one deterministically: they hide from one side the writes the other made to the objects
 * handed over. Only plain (neither final nor volatile) instance fields of the TCK's own classes are
 * touched: the data of its tests, never a coroutine or a JDK object.
 */
public final class Fields {
    private Fields() {}

    /** The values of {@code o}'s plain fields now; empty for JDK objects and null. */
    public static Map<Field, Object> snapshot(Object o) {
        Map<Field, Object> values = new IdentityHashMap<>();
        for (Field f : plainFields(o)) {
            try {
                values.put(f, f.get(o));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /** Sets {@code o}'s plain fields to their defaults: what memory held before anyone wrote them. */
    public static void clear(Object o) {
        for (Field f : plainFields(o)) {
            set(o, f, defaultOf(f.getType()));
        }
    }

    /** Sets {@code o}'s plain fields back to {@code values}. */
    public static void restore(Object o, Map<Field, Object> values) {
        values.forEach((f, v) -> set(o, f, v));
    }

    private static void set(Object o, Field f, Object v) {
        try {
            f.set(o, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Field> plainFields(Object o) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = o == null ? null : o.getClass(); c != null && c.getName().startsWith("org.corotck.tck."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) && !Modifier.isFinal(m) && !Modifier.isVolatile(m) && !f.isSynthetic()) {
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static Object defaultOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == double.class) {
            return 0d;
        }
        return type == int.class ? 0 : type == short.class ? (short) 0 : (byte) 0;
    }
}

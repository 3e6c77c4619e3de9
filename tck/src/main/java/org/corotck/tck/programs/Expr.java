package org.corotck.tck.programs;

/**
 * An expression of the program language: values are Python ints (Java {@code Long}) and None
 * ({@code null}). {@link Add} reads None as 0, as the printed Python's {@code _v(x)} does, so that no
 * program fails on arithmetic with a value sent by {@code next()}.
 */
public sealed interface Expr {

    /** An int literal, or None when {@code value} is null. */
    record Const(Long value) implements Expr {}

    /** Local variable {@code a}, {@code b} or {@code c}, by slot 0-2. */
    record Var(int slot) implements Expr {}

    /** {@code _v(left) + _v(right)}. */
    record Add(Expr left, Expr right) implements Expr {}

    /** The value of {@code e} with the given locals. */
    static Object eval(Expr e, Object[] locals) {
        return switch (e) {
            case Const c -> c.value();
            case Var v -> locals[v.slot()];
            case Add add -> number(eval(add.left(), locals)) + number(eval(add.right(), locals));
        };
    }

    /** Python's {@code _v(x)}: None counts as 0. */
    static long number(Object value) {
        return value == null ? 0L : (Long) value;
    }
}

package org.corotck.selftest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SPEC.md rule a mutant breaks, on the mutant itself, so that the rule id is in three places as
 * STYLE.md asks: SPEC.md, the TCK test's name, and the mutant. The self-test requires a failing TCK test
 * named after each of these ids.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Breaks {
    /** The rule ids, such as {@code "7.2"}; usually one, a few where one fault breaks two rules visibly. */
    String[] value();

    /** What the mutant does wrong, in one line, for the kill matrix. */
    String how();

    /**
     * Whether the TCK may catch this mutant only by a bounded wait running out: true for rules about
     * never blocking or about threads ending, where waiting is the only way to see the fault.
     */
    boolean caughtByWaiting() default false;
}

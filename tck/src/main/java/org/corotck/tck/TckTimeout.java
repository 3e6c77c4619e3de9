package org.corotck.tck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule test's own bound, in seconds before scaling, where {@link Timeouts#TEST} is too short. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TckTimeout {
    long seconds();
}

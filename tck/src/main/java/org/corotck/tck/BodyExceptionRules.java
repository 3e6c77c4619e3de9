package org.corotck.tck;

/** SPEC.md section 5: Exceptions from the body. */
public interface BodyExceptionRules extends TckContext {
}

package org.corotck.tck;

/** SPEC.md section 4: Return values. */
public interface ReturnRules extends TckContext {
}

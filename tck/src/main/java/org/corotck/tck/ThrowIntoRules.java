package org.corotck.tck;

/** SPEC.md section 6: throwInto. */
public interface ThrowIntoRules extends TckContext {
}

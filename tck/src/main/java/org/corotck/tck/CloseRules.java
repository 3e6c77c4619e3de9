package org.corotck.tck;

/** SPEC.md section 7: close and the close request. */
public interface CloseRules extends TckContext {
}

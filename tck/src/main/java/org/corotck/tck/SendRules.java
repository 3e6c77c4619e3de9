package org.corotck.tck;

/** SPEC.md section 3: Send and values. */
public interface SendRules extends TckContext {
}

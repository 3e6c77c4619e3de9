package org.corotck.tck;

/** SPEC.md section 8: Re-entrancy and threads. */
public interface ThreadRules extends TckContext {
}

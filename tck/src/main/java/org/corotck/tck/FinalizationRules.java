package org.corotck.tck;

/** SPEC.md section 10: Finalization of abandoned coroutines. */
public interface FinalizationRules extends TckContext {
}

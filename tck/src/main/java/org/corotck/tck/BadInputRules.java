package org.corotck.tck;

/** SPEC.md section 12: Bad input and closed coroutines. */
public interface BadInputRules extends TckContext {
}

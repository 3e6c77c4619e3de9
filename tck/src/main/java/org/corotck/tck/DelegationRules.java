package org.corotck.tck;

/** SPEC.md section 9: Delegation. */
public interface DelegationRules extends TckContext {
}

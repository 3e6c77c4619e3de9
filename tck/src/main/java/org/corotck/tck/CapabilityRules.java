package org.corotck.tck;

/** SPEC.md section 11: Capabilities and backends. */
public interface CapabilityRules extends TckContext {
}

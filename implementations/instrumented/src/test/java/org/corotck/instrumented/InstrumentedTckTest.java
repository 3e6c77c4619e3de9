package org.corotck.instrumented;

import org.corotck.spec.spi.Backend;
import org.corotck.tck.CoroutineTck;

/** The whole TCK against backend {@code instrumented}, its stackful fixtures transformed by the agent the test JVM runs with. */
class InstrumentedTckTest extends CoroutineTck {
    @Override
    protected Backend createBackend() {
        return new InstrumentedBackend();
    }

    /** A suspended coroutine is a few objects: rule 10.1 abandons 100,000 of them. */
    @Override
    public int abandonedCoroutines() {
        return Integer.getInteger("corotck.abandoned", 100_000);
    }
}

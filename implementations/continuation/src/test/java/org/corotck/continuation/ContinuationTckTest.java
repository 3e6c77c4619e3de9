package org.corotck.continuation;

import org.corotck.spec.spi.Backend;
import org.corotck.tck.CoroutineTck;

/** The whole TCK against backend {@code continuation}. */
class ContinuationTckTest extends CoroutineTck {
    @Override
    protected Backend createBackend() {
        return new ContinuationBackend();
    }

    /** Continuations are cheap: rule 10.1 abandons 100,000 of them. */
    @Override
    public int abandonedCoroutines() {
        return Integer.getInteger("corotck.abandoned", 100_000);
    }
}

package org.corotck.threads;

import org.corotck.spec.spi.Backend;
import org.corotck.tck.CoroutineTck;

/** The whole TCK against backend {@code threads}; 2,000 abandoned platform threads for rule 10.1. */
class ThreadsTckTest extends CoroutineTck {
    @Override
    protected Backend createBackend() {
        return new ThreadsBackend();
    }
}

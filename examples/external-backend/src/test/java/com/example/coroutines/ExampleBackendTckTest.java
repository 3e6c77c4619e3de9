package com.example.coroutines;

import org.corotck.spec.spi.Backend;
import org.corotck.tck.CoroutineTck;

/** The whole corotck TCK against this project's backend: the one class a user writes. */
class ExampleBackendTckTest extends CoroutineTck {
    @Override
    protected Backend createBackend() {
        return new CountingBackend();
    }
}

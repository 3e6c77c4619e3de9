package org.corotck.statemachine;

import org.corotck.spec.spi.Backend;
import org.corotck.tck.CoroutineTck;

/** The whole TCK against backend {@code state-machine}. */
class StateMachineTckTest extends CoroutineTck {
    @Override
    protected Backend createBackend() {
        return new StateMachineBackend();
    }
}

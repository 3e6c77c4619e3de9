package org.corotck.selftest.mutants;

import java.util.concurrent.atomic.AtomicReference;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.ExitOutOfBodyMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;

/**
 * Takes a CoroutineExit that a resource's close() threw under a close request for a failure, as the first
 * suppressed exception: the body notes it on its way out, and close(), or a throwInto of a CoroutineExit,
 * throws it instead of closing cleanly or throwing the thrown exit.
 */
@Breaks(value = {"7.10", "6.7"}, how = "a CoroutineExit a resource's close() throws under the close request comes out of close() instead of a clean close, and out of throwInto(exit) instead of the thrown exit")
public final class TakesAResourcesExitForAFailure extends ExitOutOfBodyMutation<AtomicReference<CoroutineExit>> {
    @Override
    protected AtomicReference<CoroutineExit> newState() {
        return new AtomicReference<>();
    }

    @Override
    protected CoroutineExit exitOut(AtomicReference<CoroutineExit> noted, CoroutineExit request) {
        Throwable[] suppressed = request.getSuppressed();
        if (suppressed.length > 0 && suppressed[0] instanceof CoroutineExit resources) {
            noted.set(resources);
        }
        return request;
    }

    @Override
    protected <I, O> Coroutine<I, O> wrap(AtomicReference<CoroutineExit> noted, Coroutine<I, O> coroutine) {
        return new ForwardingCoroutine<>(coroutine) {
            @Override
            public Object close() {
                noted.set(null);
                Object value = correct.close();
                CoroutineExit resources = noted.getAndSet(null);
                if (resources != null) {
                    throw resources;
                }
                return value;
            }

            @Override
            public O throwInto(Throwable error) {
                noted.set(null);
                try {
                    return correct.throwInto(error);
                } catch (CoroutineExit exit) {
                    CoroutineExit resources = noted.getAndSet(null);
                    throw resources != null ? resources : exit;
                }
            }
        };
    }
}

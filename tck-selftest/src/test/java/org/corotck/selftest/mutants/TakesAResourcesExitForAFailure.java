package org.corotck.selftest.mutants;

import java.util.concurrent.atomic.AtomicReference;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * Takes a CoroutineExit that a resource's close() threw under a close request for a failure, as the first
 * suppressed exception: the body notes it on its way out, and close(), or a throwInto of a CoroutineExit,
 * throws it instead of closing cleanly or throwing the thrown exit.
 */
@Breaks(value = {"7.10", "6.7"}, how = "a CoroutineExit a resource's close() throws under the close request comes out of close() instead of a clean close, and out of throwInto(exit) instead of the thrown exit")
public final class TakesAResourcesExitForAFailure implements Mutation {
    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        AtomicReference<CoroutineExit> noted = new AtomicReference<>();
        return closingWith(noted, base.stackful(y -> {
            try {
                return body.run(y);
            } catch (CoroutineExit exit) {
                note(noted, exit);
                throw exit;
            }
        }));
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        AtomicReference<CoroutineExit> noted = new AtomicReference<>();
        return closingWith(noted, base.stateMachine(new ForwardingMachine<>(machine) {
            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                Step<I, O> step = correct.resumeThrowing(thrown);
                if (step instanceof Step.Raise<I, O> r && r.error() instanceof CoroutineExit exit) {
                    note(noted, exit);
                }
                return step;
            }
        }));
    }

    private static void note(AtomicReference<CoroutineExit> noted, CoroutineExit request) {
        Throwable[] suppressed = request.getSuppressed();
        if (suppressed.length > 0 && suppressed[0] instanceof CoroutineExit resources) {
            noted.set(resources);
        }
    }

    private static <I, O> Coroutine<I, O> closingWith(AtomicReference<CoroutineExit> noted, Coroutine<I, O> coroutine) {
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

package org.corotck.selftest.mutants;

import java.util.concurrent.atomic.AtomicReference;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * A close() that compares identity: the body's machine notes a CoroutineExit other than the request it got,
 * and close() then throws it instead of returning. Use on a backend without STACKFUL.
 */
@Breaks(value = "7.5", how = "close() counts only the very CoroutineExit it raised as a clean close; a fresh one, or a subclass, raised by the body reaches the caller")
public final class ClosesCleanlyOnlyOnItsOwnRequest implements Mutation {
    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        AtomicReference<CoroutineExit> foreign = new AtomicReference<>();
        Coroutine<I, O> coroutine = base.stateMachine(new ForwardingMachine<>(machine) {
            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                Step<I, O> step = correct.resumeThrowing(thrown);
                if (thrown instanceof CoroutineExit && step instanceof Step.Raise<I, O> r
                        && r.error() instanceof CoroutineExit other && other != thrown) {
                    foreign.set(other);
                }
                return step;
            }
        });
        return new ForwardingCoroutine<>(coroutine) {
            @Override
            public Object close() {
                foreign.set(null);
                Object value = correct.close();
                CoroutineExit other = foreign.getAndSet(null);
                if (other != null) {
                    throw other;
                }
                return value;
            }
        };
    }
}

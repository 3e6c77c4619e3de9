package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.MachineMutation;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/** Answers a close request that comes out carrying suppressed failures with a clean one, as before rule 7.10. */
@Breaks(value = "7.10", how = "a resource's failure suppressed under the close request is lost: close() returns null, as with a CoroutineExit that records no suppressed exceptions")
public final class DiscardsResourceFailuresOnClose extends MachineMutation {
    @Override
    protected <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct) {
        return new ForwardingMachine<>(correct) {
            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                Step<I, O> step = correct.resumeThrowing(thrown);
                if (step instanceof Step.Raise<I, O> r && r.error() instanceof CoroutineExit exit && exit.getSuppressed().length > 0) {
                    return Step.raise(new CoroutineExit());
                }
                return step;
            }
        };
    }
}

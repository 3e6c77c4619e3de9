package org.corotck.selftest.mutants;

import java.util.ArrayList;
import java.util.List;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.ForwardingYielder;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * Hands the delegator a sub-coroutine whose close() is put off until the delegator itself has handled
 * the close request, so the outer finally blocks run before the inner ones: in a state machine until its
 * handler for the request returned, in a stackful body until the body ended.
 */
@Breaks(value = "9.4", how = "close() during a delegation runs the delegator's finally blocks before the sub-coroutine's")
public final class MisordersFinallyUnderDelegation implements Mutation {

    /** A sub-coroutine whose close only takes note; the delegator's machine closes it later. */
    private static final class PutOffClose<I, O> extends ForwardingCoroutine<I, O> {
        boolean closeRequested;

        PutOffClose(Coroutine<I, O> correct) {
            super(correct);
        }

        @Override
        public Object close() {
            closeRequested = true;
            return null;
        }

        void reallyClose() {
            correct.close();
        }
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        return base.stackful(y -> {
            List<PutOffClose<?, ?>> subs = new ArrayList<>();
            try {
                return body.run(new ForwardingYielder<I, O>(y) {
                    @Override
                    public Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
                        PutOffClose<? super I, ? extends O> wrapped = new PutOffClose<>(sub);
                        subs.add(wrapped);
                        return correct.yieldFrom(wrapped);
                    }
                });
            } finally {
                for (PutOffClose<?, ?> sub : subs) {
                    if (sub.closeRequested) {
                        sub.reallyClose(); // after the body's own finally blocks: wrong
                    }
                }
            }
        });
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        return base.stateMachine(wrap(machine));
    }

    private <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct) {
        return new ForwardingMachine<>(correct) {
            private PutOffClose<? super I, ? extends O> sub;

            @Override
            public Step<I, O> resume(I sent) throws Exception {
                return putOff(correct.resume(sent));
            }

            @Override
            public Step<I, O> resumeReturned(Object value) throws Exception {
                return putOff(correct.resumeReturned(value));
            }

            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                PutOffClose<? super I, ? extends O> closing = sub;
                if (!(thrown instanceof CoroutineExit) || closing == null || !closing.closeRequested) {
                    return putOff(correct.resumeThrowing(thrown));
                }
                sub = null;
                try {
                    return putOff(correct.resumeThrowing(thrown)); // the delegator's handlers first: wrong
                } finally {
                    closing.reallyClose();
                }
            }

            private Step<I, O> putOff(Step<I, O> step) {
                if (step instanceof Step.Delegate<I, O> d) {
                    PutOffClose<? super I, ? extends O> wrapped = new PutOffClose<>(d.to());
                    sub = wrapped;
                    return Step.delegate(wrapped);
                }
                return step;
            }
        };
    }
}

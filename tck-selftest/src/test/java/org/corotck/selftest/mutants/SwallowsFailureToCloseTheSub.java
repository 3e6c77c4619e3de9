package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.MachineMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/** Closes a delegation's sub-coroutine as if nothing could go wrong: what its close() throws is dropped. */
@Breaks(value = {"9.5", "9.6"}, how = "when closing the sub-coroutine fails (it ignores the request or raises), the delegator gets the close request instead of the failure")
public final class SwallowsFailureToCloseTheSub extends MachineMutation {
    @Override
    protected <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct) {
        return new ForwardingMachine<>(correct) {
            @Override
            public Step<I, O> resume(I sent) throws Exception {
                return quietClose(correct.resume(sent));
            }

            @Override
            public Step<I, O> resumeReturned(Object value) throws Exception {
                return quietClose(correct.resumeReturned(value));
            }

            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                return quietClose(correct.resumeThrowing(thrown));
            }
        };
    }

    private static <I, O> Step<I, O> quietClose(Step<I, O> step) {
        if (step instanceof Step.Delegate<I, O> d) {
            return Step.delegate(quiet(d.to()));
        }
        return step;
    }

    private static <I, O> Coroutine<I, O> quiet(Coroutine<I, O> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public Object close() {
                try {
                    return correct.close();
                } catch (RuntimeException | Error failed) {
                    return null;
                }
            }
        };
    }
}

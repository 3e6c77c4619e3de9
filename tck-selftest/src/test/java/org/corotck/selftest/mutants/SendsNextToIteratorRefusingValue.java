package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.MachineMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/** A lenient delegation: a sub-coroutine that cannot take a value is sent null instead. */
@Breaks(value = "9.12", how = "a send(v) that the sub-coroutine refuses with UnsupportedOperationException (an iterator) is turned into next() instead of raising in the delegator")
public final class SendsNextToIteratorRefusingValue extends MachineMutation {
    @Override
    protected <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct) {
        return new ForwardingMachine<>(correct) {
            @Override
            public Step<I, O> resume(I sent) throws Exception {
                return lenient(correct.resume(sent));
            }

            @Override
            public Step<I, O> resumeReturned(Object value) throws Exception {
                return lenient(correct.resumeReturned(value));
            }

            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                return lenient(correct.resumeThrowing(thrown));
            }
        };
    }

    private static <I, O> Step<I, O> lenient(Step<I, O> step) {
        if (step instanceof Step.Delegate<I, O> d) {
            return Step.delegate(lenient(d.to()));
        }
        return step;
    }

    private static <I, O> Coroutine<I, O> lenient(Coroutine<I, O> sub) {
        return new ForwardingCoroutine<>(sub) {
            @Override
            public O send(I value) {
                try {
                    return correct.send(value);
                } catch (UnsupportedOperationException refused) {
                    return correct.send(null);
                }
            }
        };
    }
}

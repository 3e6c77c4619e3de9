package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.selftest.ForwardingMachine;
import org.corotck.selftest.MachineMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/** Treats what a delegation's sub-coroutine returns from close() as the delegation's result. */
@Breaks(value = "9.4", how = "closing a delegation hands the sub-coroutine's close() value to the delegator as the delegation's result instead of raising the close request in it")
public final class ForwardsTheSubsCloseValue extends MachineMutation {
    @Override
    protected <I, O> StateMachine<I, O> wrap(StateMachine<I, O> correct) {
        return new ForwardingMachine<>(correct) {
            private Object[] closedWith; // {value} once the sub's close() returned a value

            @Override
            public Step<I, O> resume(I sent) throws Exception {
                return watch(correct.resume(sent));
            }

            @Override
            public Step<I, O> resumeReturned(Object value) throws Exception {
                return watch(correct.resumeReturned(value));
            }

            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                Object[] value = closedWith;
                closedWith = null;
                if (thrown instanceof CoroutineExit && value != null) {
                    return watch(correct.resumeReturned(value[0])); // wrong: the sub's value as yield from's
                }
                return watch(correct.resumeThrowing(thrown));
            }

            private Step<I, O> watch(Step<I, O> step) {
                if (!(step instanceof Step.Delegate<I, O> d)) {
                    return step;
                }
                return Step.delegate(recording(d.to()));
            }

            private <X, Y> Coroutine<X, Y> recording(Coroutine<X, Y> sub) {
                return new ForwardingCoroutine<>(sub) {
                    @Override
                    public Object close() {
                        Object value = correct.close();
                        if (value != null) {
                            closedWith = new Object[] {value};
                        }
                        return value;
                    }
                };
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;

@Breaks(value = "6.1", how = "throwInto(e) on a CREATED coroutine starts the body and raises e at its first yield, where its handlers see it")
public final class ThrowsIntoCreatedBody extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O throwInto(Throwable error) {
                if (error != null && correct.state() == State.CREATED) {
                    try {
                        correct.next();
                    } catch (CoroutineExhaustedException ended) {
                        return correct.throwInto(error); // closed now: rethrows error
                    }
                }
                return correct.throwInto(error);
            }
        };
    }
}

package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;

@Breaks(value = "8.7", how = "a call from another thread than the one that first called it fails with AlreadyExecutingException")
public final class BelongsToItsFirstCaller extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private volatile Thread owner;

            private void checkOwner() {
                Thread me = Thread.currentThread();
                if (owner == null) {
                    owner = me;
                } else if (owner != me) {
                    throw new AlreadyExecutingException();
                }
            }

            @Override
            public O send(I value) {
                checkOwner();
                return correct.send(value);
            }

            @Override
            public O throwInto(Throwable error) {
                checkOwner();
                return correct.throwInto(error);
            }
        };
    }
}

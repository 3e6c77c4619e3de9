package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.NotStartedException;

@Breaks(value = "5.1", how = "an exception the body raises during send/next reaches the caller wrapped in a RuntimeException")
public final class WrapsBodyException extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O send(I value) {
                try {
                    return correct.send(value);
                } catch (Error | CoroutineExhaustedException | AlreadyExecutingException | NotStartedException
                         | IgnoredExitException | ExhaustionLeakedException lifecycle) {
                    throw lifecycle;
                } catch (Throwable fromBody) {
                    throw new RuntimeException("the body failed", fromBody);
                }
            }
        };
    }
}

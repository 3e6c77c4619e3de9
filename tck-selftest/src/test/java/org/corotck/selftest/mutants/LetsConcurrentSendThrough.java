package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;

/** Use on a backend that runs the body on the caller's thread, so that calls from inside the body stay refused. */
@Breaks(value = "8.4", how = "a send from another thread while a step runs returns null instead of AlreadyExecutingException")
public final class LetsConcurrentSendThrough extends CoroutineMutation {
    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        return new ForwardingCoroutine<>(correct) {
            private volatile Thread running;

            @Override
            public O send(I value) {
                Thread me = Thread.currentThread();
                Thread other = running;
                if (other != null && other != me) {
                    return null; // "went through"
                }
                running = me;
                try {
                    return correct.send(value);
                } finally {
                    if (other == null) {
                        running = null;
                    }
                }
            }
        };
    }
}

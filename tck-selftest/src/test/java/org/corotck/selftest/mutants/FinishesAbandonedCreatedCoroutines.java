package org.corotck.selftest.mutants;

import java.lang.ref.Cleaner;
import org.corotck.selftest.Breaks;
import org.corotck.selftest.CoroutineMutation;
import org.corotck.selftest.ForwardingCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

/**
 * Finalizes what must not be: a Cleaner on each coroutine runs an abandoned CREATED coroutine's body to
 * its first yield and closes it, so its finally blocks run although it never started.
 */
@Breaks(value = "10.2", how = "an abandoned CREATED coroutine is started and closed by a Cleaner, running its finally blocks")
public final class FinishesAbandonedCreatedCoroutines extends CoroutineMutation {
    private static final Cleaner CLEANER = Cleaner.create();

    @Override
    protected <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        Coroutine<I, O> c = new ForwardingCoroutine<>(correct);
        CLEANER.register(c, () -> {
            if (correct.state() == State.CREATED) {
                try {
                    correct.next();
                    correct.close();
                } catch (RuntimeException | Error ignored) {
                    // whatever the body does, nobody is there to see it
                }
            }
        });
        return c;
    }
}

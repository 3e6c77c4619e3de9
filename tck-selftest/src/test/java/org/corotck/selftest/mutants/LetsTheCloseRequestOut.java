package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.OperationMutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;

@Breaks(value = "7.5", how = "close() lets a CoroutineExit the body rethrows (or does not catch) reach the caller instead of returning null")
public final class LetsTheCloseRequestOut extends OperationMutation {
    @Override
    protected Object close(Coroutine<?, ?> correct) {
        if (correct.state() != State.SUSPENDED) {
            return correct.close();
        }
        try {
            correct.throwInto(new CoroutineExit());
        } catch (CoroutineExhaustedException returned) {
            return returned.value();
        }
        throw new IgnoredExitException();
    }
}

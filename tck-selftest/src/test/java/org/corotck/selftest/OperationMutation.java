package org.corotck.selftest;

import org.corotck.spec.Coroutine;
import org.corotck.spec.State;

/**
 * A mutation that gets one operation wrong and keeps no state of its own: it overrides that operation's
 * method here (each given the correct coroutine), and everything else is forwarded unchanged. Mutants
 * that must remember something per coroutine extend {@link ForwardingCoroutine} instead.
 */
public abstract class OperationMutation extends CoroutineMutation {

    protected <I, O> O send(Coroutine<I, O> correct, I value) {
        return correct.send(value);
    }

    /** What a caller of send/next gets when the correct send throws {@code thrown}. */
    protected Throwable sendFailure(Throwable thrown) {
        return thrown;
    }

    protected <I, O> O throwInto(Coroutine<I, O> correct, Throwable error) {
        return correct.throwInto(error);
    }

    protected Object close(Coroutine<?, ?> correct) {
        return correct.close();
    }

    protected State state(Coroutine<?, ?> correct) {
        return correct.state();
    }

    @Override
    protected final <I, O> Coroutine<I, O> wrap(Coroutine<I, O> correct) {
        OperationMutation mutation = this;
        return new ForwardingCoroutine<>(correct) {
            @Override
            public O send(I value) {
                try {
                    return mutation.send(correct, value);
                } catch (Throwable thrown) {
                    throw OperationMutation.<RuntimeException>sneaky(mutation.sendFailure(thrown));
                }
            }

            @Override
            public O throwInto(Throwable error) {
                return mutation.throwInto(correct, error);
            }

            @Override
            public Object close() {
                return mutation.close(correct);
            }

            @Override
            public State state() {
                return mutation.state(correct);
            }
        };
    }

    /** Rethrows any Throwable, checked ones included, as the coroutine would have. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}

package org.corotck.spec;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link Coroutines#of(Iterator)}: an iterator seen through the coroutine interface, as CPython's
 * {@code yield from} sees a list iterator (rule 9.12). The state moves by compare-and-set, so a second
 * call while the iterator runs fails at once, as on every coroutine.
 */
final class IteratorCoroutine<I, O> implements Coroutine<I, O> {
    private final AtomicReference<State> state = new AtomicReference<>(State.CREATED);
    private Iterator<? extends O> iterator;

    IteratorCoroutine(Iterator<? extends O> iterator) {
        this.iterator = iterator;
    }

    @Override
    public O send(I value) {
        State s = state.get();
        if (s == State.CLOSED) {
            throw new CoroutineExhaustedException(null);
        }
        if (value != null) { // Python: AttributeError: 'list_iterator' object has no attribute 'send'
            throw new UnsupportedOperationException("an iterator cannot receive values; only next() or send(null)");
        }
        if (s == State.RUNNING || !state.compareAndSet(s, State.RUNNING)) {
            throw new AlreadyExecutingException();
        }
        boolean more;
        O element;
        try {
            more = iterator.hasNext();
            element = more ? iterator.next() : null;
        } catch (CoroutineExhaustedException leaked) {
            end();
            throw new ExhaustionLeakedException(leaked);
        } catch (Throwable t) {
            end();
            throw t;
        }
        if (!more) {
            end();
            throw new CoroutineExhaustedException(null);
        }
        state.set(State.SUSPENDED);
        return element;
    }

    @Override
    public O throwInto(Throwable error) {
        java.util.Objects.requireNonNull(error, "throwInto(null): only a Throwable can be raised in a coroutine");
        close(); // AlreadyExecutingException while the iterator runs
        throw IteratorCoroutine.<RuntimeException>sneaky(error); // no handler: it ends the coroutine (6.1, 6.3)
    }

    @Override
    public Object close() {
        for (;;) {
            State s = state.get();
            if (s == State.RUNNING) {
                throw new AlreadyExecutingException();
            }
            if (s == State.CLOSED || state.compareAndSet(s, State.CLOSED)) {
                iterator = null;
                return null;
            }
        }
    }

    @Override
    public State state() {
        return state.get();
    }

    private void end() {
        iterator = null;
        state.set(State.CLOSED);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Override
    public String toString() {
        return "Coroutines.of(iterator)[" + state.get() + "]";
    }
}

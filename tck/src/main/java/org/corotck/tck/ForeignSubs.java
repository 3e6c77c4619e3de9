package org.corotck.tck;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;

/**
 * What a delegation may reach that no backend made (SPEC.md, rules 9.9 and 9.12): a coroutine that forwards
 * to another, one written by hand against the interface, an iterator that records what it gave.
 */
final class ForeignSubs {
    private ForeignSubs() {}

    /** A coroutine of no backend that forwards every call to another: a foreign link in a chain (rule 9.9). */
    static final class Forwarding<I, O> implements Coroutine<I, O> {
        private final Coroutine<I, O> to;

        Forwarding(Coroutine<I, O> to) {
            this.to = to;
        }

        @Override
        public O send(I value) {
            return to.send(value);
        }

        @Override
        public O throwInto(Throwable error) {
            return to.throwInto(error);
        }

        @Override
        public Object close() {
            return to.close();
        }

        @Override
        public State state() {
            return to.state();
        }
    }

    /** A coroutine written by hand against the interface alone: yields 1, 2, 3 and returns "counted". */
    static final class HandWrittenCounter implements Coroutine<Object, Object> {
        private int next = 1;
        private State state = State.CREATED;

        @Override
        public Object send(Object value) {
            if (state == State.CLOSED) {
                throw new CoroutineExhaustedException(null);
            }
            if (next > 3) {
                state = State.CLOSED;
                throw new CoroutineExhaustedException("counted");
            }
            state = State.SUSPENDED;
            return next++;
        }

        @Override
        public Object throwInto(Throwable error) {
            state = State.CLOSED;
            throw Expect.sneaky(error);
        }

        @Override
        public Object close() {
            state = State.CLOSED;
            return null;
        }

        @Override
        public State state() {
            return state;
        }
    }

    /**
     * A coroutine written by hand whose close() ends it with a value the way send() would, by throwing
     * CoroutineExhaustedException(7): Python's {@code close()} raising {@code StopIteration(7)}. It yields "s1"
     * to every send until then.
     */
    static final class ExhaustedByClose implements Coroutine<Object, Object> {
        private State state = State.CREATED;

        @Override
        public Object send(Object value) {
            if (state == State.CLOSED) {
                throw new CoroutineExhaustedException(null);
            }
            state = State.SUSPENDED;
            return "s1";
        }

        @Override
        public Object throwInto(Throwable error) {
            state = State.CLOSED;
            throw Expect.sneaky(error);
        }

        @Override
        public Object close() {
            boolean wasOpen = state != State.CLOSED;
            state = State.CLOSED;
            if (wasOpen) {
                throw new CoroutineExhaustedException(7);
            }
            return null;
        }

        @Override
        public State state() {
            return state;
        }
    }

    /** An iterator over 1, 2, 3 that records each element it gives. */
    static final class RecordingIterator implements Iterator<Object> {
        final List<Object> given = new CopyOnWriteArrayList<>();
        private int next = 1;

        @Override
        public boolean hasNext() {
            return next <= 3;
        }

        @Override
        public Object next() {
            given.add(next);
            return next++;
        }
    }
}

package org.corotck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * {@link Coroutines#of(Iterator)} on its own: the coroutine interface over an iterator, as CPython's
 * {@code yield from} treats a list iterator (rule 9.12; the TCK checks it under delegation on every backend).
 */
class IteratorCoroutineTest {

    /** An iterator over 1, 2, 3 that counts how often it was asked for an element. */
    private static final class Counting implements Iterator<Integer> {
        final List<Integer> given = new ArrayList<>();
        private int next = 1;

        @Override
        public boolean hasNext() {
            return next <= 3;
        }

        @Override
        public Integer next() {
            given.add(next);
            return next++;
        }
    }

    @Test
    void nextGivesTheElementsThenExhaustionWithNull() {
        Coroutine<Object, Integer> c = Coroutines.of(List.of(1, 2).iterator());
        assertEquals(State.CREATED, c.state());
        assertEquals(1, c.next());
        assertEquals(State.SUSPENDED, c.state());
        assertEquals(2, c.send(null));
        assertNull(assertThrows(CoroutineExhaustedException.class, c::next).value());
        assertEquals(State.CLOSED, c.state());
        assertNull(assertThrows(CoroutineExhaustedException.class, c::next).value());
    }

    @Test
    void nonNullSendIsUnsupportedAndChangesNothing() {
        Counting it = new Counting();
        Coroutine<Object, Integer> c = Coroutines.of(it);
        assertThrows(UnsupportedOperationException.class, () -> c.send("x"));
        assertEquals(State.CREATED, c.state());
        assertEquals(1, c.next());
        assertThrows(UnsupportedOperationException.class, () -> c.send("x"));
        assertEquals(State.SUSPENDED, c.state());
        assertEquals(List.of(1), it.given, "send(v) must not advance the iterator");
        assertEquals(2, c.next());
    }

    @Test
    void throwIntoRaisesTheSameInstanceAndEndsIt() {
        Counting it = new Counting();
        Coroutine<Object, Integer> c = Coroutines.of(it);
        c.next();
        IllegalArgumentException e = new IllegalArgumentException("thrown in");
        assertSame(e, assertThrows(IllegalArgumentException.class, () -> c.throwInto(e)));
        assertEquals(State.CLOSED, c.state());
        assertSame(e, assertThrows(IllegalArgumentException.class, () -> c.throwInto(e)), "CLOSED rethrows (12.4)");
        assertThrows(NullPointerException.class, () -> c.throwInto(null));
        assertEquals(List.of(1), it.given);
    }

    @Test
    void closeReturnsNullAndNeverCallsTheIteratorAgain() {
        Counting it = new Counting();
        Coroutine<Object, Integer> c = Coroutines.of(it);
        c.next();
        assertNull(c.close());
        assertNull(c.close());
        assertEquals(State.CLOSED, c.state());
        assertNull(assertThrows(CoroutineExhaustedException.class, c::next).value());
        assertEquals(List.of(1), it.given);
    }

    @Test
    void whatTheIteratorThrowsEndsItAndALeakedExhaustionIsWrapped() {
        NoSuchElementException plain = new NoSuchElementException("broken iterator");
        Coroutine<Object, Object> c = Coroutines.of(new Iterator<Object>() {
            public boolean hasNext() { return true; }
            public Object next() { throw plain; }
        });
        assertSame(plain, assertThrows(NoSuchElementException.class, c::next));
        assertEquals(State.CLOSED, c.state());

        CoroutineExhaustedException leaked = new CoroutineExhaustedException("x");
        Coroutine<Object, Object> d = Coroutines.of(new Iterator<Object>() {
            public boolean hasNext() { return true; }
            public Object next() { throw leaked; }
        });
        ExhaustionLeakedException wrapped = assertThrows(ExhaustionLeakedException.class, d::next);
        assertSame(leaked, wrapped.getCause());
    }

    @Test
    void aCallWhileTheIteratorRunsIsAlreadyExecuting() {
        List<Throwable> seen = new ArrayList<>();
        Coroutine<Object, Object>[] self = new Coroutine[1];
        self[0] = Coroutines.of(new Iterator<Object>() {
            public boolean hasNext() { return true; }
            public Object next() {
                seen.add(assertThrows(AlreadyExecutingException.class, () -> self[0].next()));
                seen.add(assertThrows(AlreadyExecutingException.class, () -> self[0].close()));
                return "element";
            }
        });
        assertEquals("element", self[0].next());
        assertEquals(2, seen.size());
        assertInstanceOf(AlreadyExecutingException.class, seen.get(0));
    }
}

package org.corotck.threadhandoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.State;
import org.junit.jupiter.api.Test;

/**
 * Rule 13.3's first case, which the TCK cannot provoke through the SPI: the body's thread cannot be started
 * (the JVM's {@code OutOfMemoryError: unable to create native thread}). The first {@code next()} throws
 * that same error, the body never ran, the coroutine is CLOSED and no thread was left running.
 */
class ThreadEngineStartFailureTest {

    @Test
    void aThreadThatCannotStartClosesTheCoroutineWithTheSameError() {
        OutOfMemoryError error = new OutOfMemoryError("unable to create native thread: possibly out of memory");
        AtomicReference<Thread> made = new AtomicReference<>();
        ThreadFactory cannotStart = body -> {
            Thread t = new Thread(body) {
                @Override
                public synchronized void start() {
                    throw error;
                }
            };
            made.set(t);
            return t;
        };
        AtomicBoolean ran = new AtomicBoolean();
        Coroutine<Object, Object> c = new StandardCoroutine<>(new ThreadEngine<>(y -> {
            ran.set(true);
            return y.yield("started");
        }, cannotStart, 0), true);

        assertSame(error, assertThrows(OutOfMemoryError.class, c::next));
        assertEquals(State.CLOSED, c.state());
        assertFalse(ran.get(), "the body ran");
        assertNull(assertThrows(CoroutineExhaustedException.class, c::next).value());
        assertNull(c.close());
        assertFalse(made.get().isAlive(), "the body's thread runs");
    }
}

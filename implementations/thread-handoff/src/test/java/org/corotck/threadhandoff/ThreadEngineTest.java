package org.corotck.threadhandoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corotck.backendsupport.StandardCoroutine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The engine's own contract, apart from the TCK: its spin budget, and the threads it makes. */
@Timeout(60)
class ThreadEngineTest {

    private static <O> Coroutine<Object, O> coroutine(org.corotck.spec.StackfulBody<Object, O> body, int spins) {
        return new StandardCoroutine<>(new ThreadEngine<>(body, Thread.ofPlatform().factory(), spins), true);
    }

    @Test
    void noSpinAtAllParksAtOnceAndStillHandsOver() {
        Coroutine<Object, Object> c = coroutine(y -> "got " + y.yield("first"), 0);
        assertEquals("first", c.next());
        assertEquals("got x", assertThrows(CoroutineExhaustedException.class, () -> c.send("x")).value());
    }

    @Test
    void aNegativeBudgetIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ThreadEngine<>(y -> null, Thread.ofPlatform().factory(), -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    /** A suspended body never keeps the JVM alive: its thread is a daemon, whatever the factory makes. */
    @Test
    void theBodysThreadIsADaemon() {
        Coroutine<Object, Thread> c = coroutine(y -> {
            y.yield(Thread.currentThread());
            return null;
        }, 1_000);
        Thread body = c.next();
        assertTrue(body.isDaemon(), body + " is not a daemon");
        c.close();
    }
}

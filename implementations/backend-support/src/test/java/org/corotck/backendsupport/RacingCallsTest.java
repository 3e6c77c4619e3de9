package org.corotck.backendsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.corotck.spec.Coroutine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two threads call the same coroutine at the same moment, over and over: the compare-and-set that moves it
 * out of CREATED or SUSPENDED lets exactly one through. A lost race must never run the engine twice at once,
 * nor discard a body that another call has started. (The TCK's rule 8.4 checks the same from outside;
 * this is the lifecycle alone, with an engine that notices.) A race is won or lost in nanoseconds, so this is
 * a stress test: each round that collides tries the guard once.
 */
@Timeout(120)
class RacingCallsTest {
    private static final int ROUNDS = Integer.getInteger("corotck.support.races", 20_000);

    /** An engine that yields forever and notices a second entry while a step runs, or a step after a discard. */
    private static final class WatchfulEngine implements Engine<Object, Object> {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger steps = new AtomicInteger();
        volatile boolean discarded;
        final List<String> problems;

        WatchfulEngine(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public int step(Object sent, Throwable thrown) {
            if (inside.incrementAndGet() > 1) {
                problems.add("two steps at once");
            }
            if (discarded) {
                problems.add("a step of a discarded body");
            }
            steps.incrementAndGet();
            for (int i = 0; i < 50; i++) {
                Thread.onSpinWait(); // a step long enough for the other caller to run into it
            }
            inside.decrementAndGet();
            return YIELDED;
        }

        @Override
        public Object outcome() {
            return "value";
        }

        @Override
        public void discard() {
            if (steps.get() > 0 || inside.get() > 0) {
                problems.add("a started body discarded");
            }
            discarded = true;
        }
    }

    private static List<String> race(boolean started, Consumer<Coroutine<Object, Object>> first,
                                     Consumer<Coroutine<Object, Object>> second) throws InterruptedException {
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        @SuppressWarnings("unchecked")
        Coroutine<Object, Object>[] current = new Coroutine[1];
        AtomicInteger round = new AtomicInteger(-1);
        AtomicInteger done = new AtomicInteger();
        Runnable other = () -> {
            for (int r = 0; r < ROUNDS; r++) {
                while (round.get() < r) {
                    Thread.onSpinWait();
                }
                call(second, current[0]);
                done.incrementAndGet();
            }
        };
        Thread t = new Thread(other, "corotck-test-racer");
        t.setDaemon(true);
        t.start();
        for (int r = 0; r < ROUNDS && problems.isEmpty(); r++) {
            StandardCoroutine<Object, Object> c = new StandardCoroutine<>(new WatchfulEngine(problems), true);
            if (started) {
                c.next();
            }
            current[0] = c;
            round.set(r); // publishes c; both callers go
            call(first, c);
            while (done.get() <= r) {
                Thread.onSpinWait();
            }
        }
        round.set(ROUNDS); // let the racer run out if this loop stopped early
        t.interrupt();
        return problems;
    }

    private static void call(Consumer<Coroutine<Object, Object>> op, Coroutine<Object, Object> c) {
        try {
            op.accept(c);
        } catch (RuntimeException refusedOrExhausted) {
            // AlreadyExecutingException, exhaustion, the thrown-in error: all legal answers to a lost race
        }
    }

    private static final IllegalStateException THROWN = new IllegalStateException("thrown in");

    @Test
    void racingStartsAndClosesOfACreatedCoroutine() throws InterruptedException {
        assertEquals(List.of(), race(false, Coroutine::next, Coroutine::close));
        assertEquals(List.of(), race(false, Coroutine::close, Coroutine::next));
        assertEquals(List.of(), race(false, Coroutine::next, c -> c.throwInto(THROWN)));
        assertEquals(List.of(), race(false, Coroutine::next, Coroutine::next));
    }

    @Test
    void racingCallsOnASuspendedCoroutine() throws InterruptedException {
        assertEquals(List.of(), race(true, Coroutine::next, Coroutine::next));
        assertEquals(List.of(), race(true, Coroutine::next, c -> c.throwInto(THROWN)));
        assertEquals(List.of(), race(true, Coroutine::next, Coroutine::close));
    }
}

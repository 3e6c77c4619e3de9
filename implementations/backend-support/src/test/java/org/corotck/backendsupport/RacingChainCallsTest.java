package org.corotck.backendsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A call on the top of a delegation chain races a call on a coroutine further in, over and over. The top's
 * call holds the chain and steps the innermost engine without claiming the coroutines between; the other
 * call claims the coroutine it starts at and must then find the chain held (and back off) or retire it
 * before the top's call can hold it. Whichever wins, no engine runs twice at once, nothing is left RUNNING
 * once both calls are over, and the lifecycle's own consistency checks never fire.
 */
@Timeout(120)
class RacingChainCallsTest {
    private static final int ROUNDS = Integer.getInteger("corotck.support.races", 20_000);

    /** A member of the chain: delegates to {@code sub} on its first step (if it has one), then yields "v". */
    private static final class LinkEngine implements Engine<Object, Object> {
        private final Coroutine<Object, Object> sub;
        private final List<String> problems;
        private final AtomicInteger inside = new AtomicInteger();
        private boolean started;
        private Object outcome;

        LinkEngine(Coroutine<Object, Object> sub, List<String> problems) {
            this.sub = sub;
            this.problems = problems;
        }

        @Override
        public int step(Object sent, Throwable thrown) {
            enter();
            try {
                if (!started && sub != null) {
                    started = true;
                    outcome = sub;
                    return DELEGATED;
                }
                started = true;
                if (thrown instanceof CoroutineExit) {
                    outcome = thrown;
                    return RAISED; // closes
                }
                outcome = "v"; // anything else thrown in (AlreadyExecutingException at the delegation) is caught
                return YIELDED;
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public int stepReturned(Object value) {
            enter();
            inside.decrementAndGet();
            outcome = "v";
            return YIELDED;
        }

        private void enter() {
            if (inside.incrementAndGet() > 1) {
                problems.add("two steps of one engine at once");
            }
            for (int i = 0; i < 20; i++) {
                Thread.onSpinWait(); // a step long enough for the other caller to run into it
            }
        }

        @Override
        public Object outcome() {
            return outcome;
        }
    }

    /** top -> middle -> bottom, primed: the top's chain is formed and free. */
    private static List<Coroutine<Object, Object>> chain(List<String> problems) {
        Coroutine<Object, Object> bottom = new StandardCoroutine<>(new LinkEngine(null, problems), false);
        Coroutine<Object, Object> middle = new StandardCoroutine<>(new LinkEngine(bottom, problems), false);
        Coroutine<Object, Object> top = new StandardCoroutine<>(new LinkEngine(middle, problems), false);
        top.next();
        top.send("warm"); // the chain's first held send
        return List.of(top, middle, bottom);
    }

    private static List<String> race(Function<List<Coroutine<Object, Object>>, Runnable> first,
                                     Function<List<Coroutine<Object, Object>>, Runnable> second) throws InterruptedException {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        @SuppressWarnings("unchecked")
        List<Coroutine<Object, Object>>[] current = new List[1];
        AtomicInteger round = new AtomicInteger(-1);
        AtomicInteger done = new AtomicInteger();
        Thread racer = new Thread(() -> {
            for (int r = 0; r < ROUNDS; r++) {
                while (round.get() < r) {
                    Thread.onSpinWait();
                }
                call(second.apply(current[0]), problems);
                done.incrementAndGet();
            }
        }, "corotck-test-chain-racer");
        racer.setDaemon(true);
        racer.start();
        for (int r = 0; r < ROUNDS && problems.isEmpty(); r++) {
            List<Coroutine<Object, Object>> coroutines = chain(problems);
            current[0] = coroutines;
            round.set(r);
            call(first.apply(coroutines), problems);
            while (done.get() <= r) {
                Thread.onSpinWait();
            }
            for (Coroutine<Object, Object> c : coroutines) {
                if (c.state() == State.RUNNING) {
                    problems.add(c + " RUNNING after both calls returned");
                }
            }
            call(() -> coroutines.get(0).send("after"), problems); // the chain still works, held or retired
        }
        round.set(ROUNDS);
        return problems;
    }

    private static void call(Runnable op, List<String> problems) {
        try {
            op.run();
        } catch (AlreadyExecutingException | CoroutineExhaustedException | IgnoredExitException lostRaceOrClosed) {
            // legal answers to a lost race, to a call after a close, or to a close that met a running sub
            // (its delegator gets AlreadyExecutingException, catches it and yields, as these engines do)
        } catch (RuntimeException | Error lifecycleFailure) {
            problems.add(lifecycleFailure.toString());
        }
    }

    @Test
    void sendsToTheTopRaceSendsToCoroutinesFurtherIn() throws InterruptedException {
        assertEquals(List.of(), race(c -> () -> c.get(0).send("a"), c -> () -> c.get(1).send("b")));
        assertEquals(List.of(), race(c -> () -> c.get(0).send("a"), c -> () -> c.get(2).send("b")));
        assertEquals(List.of(), race(c -> () -> c.get(1).send("a"), c -> () -> c.get(0).send("b")));
    }

    @Test
    void sendsToTheTopRaceClosesOfCoroutinesFurtherIn() throws InterruptedException {
        assertEquals(List.of(), race(c -> () -> c.get(0).send("a"), c -> c.get(1)::close));
        assertEquals(List.of(), race(c -> () -> c.get(0).send("a"), c -> c.get(2)::close));
        assertEquals(List.of(), race(c -> c.get(0)::close, c -> () -> c.get(2).send("b")));
    }
}

package org.corotck.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jdk.internal.vm.Continuation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.Coroutines;
import org.corotck.spec.PinnedYieldException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A short smoke test of the continuation backend; the TCK checks every rule. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContinuationBackendTest {
    private static final long BOUND_MILLIS = 30_000;

    private static Yielder<Object, Object> initializerYielder;

    private final Backend backend = Backends.byName("continuation");

    @Test
    void declaresWhatItCanDo() {
        assertEquals(Set.of(Capability.STACKFUL, Capability.FINALIZES_ABANDONED, Capability.RUNS_ON_CALLER_THREAD),
                backend.capabilities());
    }

    @Test
    void averagerYieldsRunningMeansInBothBodyForms() {
        assertRunningMeans(backend.stackful(y -> {
            double total = 0;
            int count = 0;
            Double average = null;
            while (true) {
                double term = y.yield(average);
                total += term;
                count += 1;
                average = total / count;
            }
        }));
        assertRunningMeans(backend.stateMachine(new Averager()));
    }

    @Test
    void closeRunsFinally() {
        AtomicInteger finallyRan = new AtomicInteger();
        Coroutine<Object, Object> c = backend.stackful(y -> {
            try {
                y.yield(1);
                return "unreached";
            } finally {
                finallyRan.incrementAndGet();
            }
        });
        c.next();
        assertNull(c.close());
        assertEquals(1, finallyRan.get());
        assertEquals(State.CLOSED, c.state());
    }

    @Test
    void runsOnEachCallersThreadVirtualOnesIncluded() throws InterruptedException {
        Coroutine<Object, Object> c = backend.stackful(y -> {
            while (true) {
                y.yield(Thread.currentThread());
                Thread.sleep(10); // blocks inside the continuation, inside a virtual thread
            }
        });
        assertSame(Thread.currentThread(), c.next());
        for (int i = 0; i < 2; i++) {
            AtomicReference<Object> seen = new AtomicReference<>();
            Thread caller = Thread.ofVirtual().start(() -> seen.set(c.send("from a virtual thread")));
            caller.join(BOUND_MILLIS);
            assertSame(caller, seen.get());
        }
    }

    @Test
    void aYieldFromOutsideTheBodyFailsAndChangesNothing() {
        AtomicReference<Yielder<Object, Object>> yielder = new AtomicReference<>();
        Coroutine<Object, Object> c = backend.stackful(y -> {
            yielder.set(y);
            return y.yield(1);
        });
        c.next();
        assertThrows(IllegalStateException.class, () -> yielder.get().yield(2));
        assertEquals(State.SUSPENDED, c.state());
        assertEquals("in", assertThrows(CoroutineExhaustedException.class, () -> c.send("in")).value());
    }

    /** The frames live on the caller's stack; 10,000 interpreted ones and the freeze need about 3 MB. */
    @Test
    void yieldsFromTenThousandNestedCallsOnACallerWithALargeStack() throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().stackSize(16L << 20).start(() -> {
            Coroutine<Integer, Integer> c = backend.stackful(y -> recurse(y, 10_000));
            int yielded = c.next();
            outcome.set(yielded + " then " + assertThrows(CoroutineExhaustedException.class, () -> c.send(7)).value());
        });
        caller.join(BOUND_MILLIS);
        assertEquals("42 then 7", outcome.get());
    }

    @Test
    void aYieldInACriticalSectionRaisesPinnedYieldInsideTheBody() {
        Coroutine<Object, Object> c = backend.stackful(y -> {
            Continuation.pin();
            try {
                y.yield("unreached");
                return "unreached";
            } catch (PinnedYieldException e) {
                return e.getMessage();
            } finally {
                Continuation.unpin();
            }
        });
        Object message = assertThrows(CoroutineExhaustedException.class, c::next).value();
        assertTrue(message.toString().contains("CRITICAL_SECTION"), message::toString);
    }

    /** On JDK 25 a class initializer is still a native frame to the JVM: its yield cannot freeze. */
    @Test
    void aYieldInAStaticInitializerRaisesPinnedYieldInsideTheBody() {
        Coroutine<Object, Object> c = backend.stackful(y -> {
            initializerYielder = y; // not a field of YieldingInitializer: writing it would initialize the class
            return YieldingInitializer.outcome;
        });
        Object outcome = assertThrows(CoroutineExhaustedException.class, c::next).value();
        assertTrue(outcome.toString().contains("NATIVE"), outcome::toString);
    }

    @Test
    void abandonedCoroutinesRunTheirFinallyBlocks() throws InterruptedException {
        int count = 2_000;
        AtomicInteger finallyRan = new AtomicInteger();
        suspendAndDrop(count, finallyRan);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BOUND_MILLIS);
        while (finallyRan.get() < count && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(count, finallyRan.get(), "finally blocks run by finalization");
    }

    /** In a method of its own, so that no local variable keeps a coroutine reachable. */
    private void suspendAndDrop(int count, AtomicInteger finallyRan) {
        List<Coroutine<Object, Object>> suspended = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Coroutine<Object, Object> c = backend.stackful(y -> {
                try {
                    while (true) {
                        y.yield("waiting");
                    }
                } finally {
                    finallyRan.incrementAndGet();
                }
            });
            c.next();
            suspended.add(c);
        }
        assertFalse(suspended.isEmpty());
    }

    private static Integer recurse(Yielder<Integer, Integer> y, int depth) {
        if (depth == 0) {
            return y.yield(42);
        }
        Integer in = recurse(y, depth - 1);
        return in;
    }

    private static void assertRunningMeans(Coroutine<Double, Double> averager) {
        Coroutine<Double, Double> avg = Coroutines.prime(averager);
        assertEquals(10.0, avg.send(10.0));
        assertEquals(15.0, avg.send(20.0));
        assertEquals(20.0, avg.send(30.0));
        assertNull(avg.close());
    }

    private static final class Averager implements StateMachine<Double, Double> {
        private double total;
        private int count;

        @Override
        public Step<Double, Double> resume(Double term) {
            if (term == null) {
                return Step.yield(null); // priming
            }
            total += term;
            count += 1;
            return Step.yield(total / count);
        }
    }

    /** Yields while the JVM initializes it, through {@link #initializerYielder}. */
    private static final class YieldingInitializer {
        static final Object outcome;

        static {
            Object result;
            try {
                result = "resumed with " + initializerYielder.yield("from <clinit>");
            } catch (PinnedYieldException e) {
                result = e.getMessage();
            }
            outcome = result;
        }
    }
}

package org.corotck.statemachine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A short smoke test of the state-machine backend; the TCK checks every rule. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StateMachineBackendTest {
    private final Backend backend = Backends.byName("state-machine");

    @Test
    void declaresOnlyThatItRunsOnTheCallersThread() {
        assertEquals(Set.of(Capability.RUNS_ON_CALLER_THREAD), backend.capabilities());
    }

    @Test
    void averagerYieldsRunningMeans() {
        Coroutine<Double, Double> avg = Coroutines.prime(backend.stateMachine(new Averager()));
        assertEquals(10.0, avg.send(10.0));
        assertEquals(15.0, avg.send(20.0));
        assertEquals(20.0, avg.send(30.0));
    }

    @Test
    void closeRaisesTheCloseRequestInTheBodyOnTheCallersThread() {
        AtomicReference<Thread> handledOn = new AtomicReference<>();
        Coroutine<Object, Object> c = backend.stateMachine(new StateMachine<>() {
            @Override
            public Step<Object, Object> resume(Object sent) {
                return Step.yield(1);
            }

            @Override
            public Step<Object, Object> resumeThrowing(Throwable thrown) {
                handledOn.set(Thread.currentThread()); // the "finally block"
                return Step.raise(thrown);
            }
        });
        c.next();
        assertNull(c.close());
        assertSame(Thread.currentThread(), handledOn.get());
        assertEquals(State.CLOSED, c.state());
    }

    @Test
    void refusesStackfulBodiesNamingTheWayOut() {
        AtomicBoolean bodyRan = new AtomicBoolean();
        UnsupportedOperationException refusal = assertThrows(UnsupportedOperationException.class,
                () -> backend.stackful(y -> bodyRan.getAndSet(true)));
        assertTrue(refusal.getMessage().contains("state-machine"), refusal::getMessage);
        assertTrue(refusal.getMessage().contains("stateMachine("), refusal::getMessage);
        assertFalse(bodyRan.get());
    }

    @Test
    void theCloseRequestIsNotAnException() {
        assertFalse(Exception.class.isAssignableFrom(CoroutineExit.class));
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
}

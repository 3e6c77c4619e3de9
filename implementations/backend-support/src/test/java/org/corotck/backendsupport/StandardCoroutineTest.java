package org.corotck.backendsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.State;
import org.junit.jupiter.api.Test;

/**
 * What the lifecycle asks of its {@link Engine}, which the TCK cannot see through a backend: a coroutine
 * closed before it started has its engine discard the body (so that nothing of it stays reachable), and a
 * coroutine that ends deregisters its Cleaner at once (the deregistration runs {@link Engine#abandon()} on
 * the ending thread, where it finds the body ended), instead of leaving it registered until a GC.
 */
class StandardCoroutineTest {

    /** An engine that answers each step from a script and records every call the lifecycle makes. */
    private static class RecordingEngine implements Engine<Object, Object> {
        final List<String> calls = new ArrayList<>();
        private final List<Object> answers;
        private Object outcome;

        /**
         * Each answer is a value to yield, or {@link #END} (returns "end"), or a Throwable to raise, or a
         * {@link DelegateTo} (delegates to its sub, which may be null, as only a faulty engine answers).
         */
        RecordingEngine(Object... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        static final Object END = new Object();

        /** An answer: the body delegates to {@code sub}. */
        record DelegateTo(Coroutine<Object, Object> sub) {}

        @Override
        public int step(Object sent, Throwable thrown) {
            calls.add("step " + (thrown != null ? thrown.getClass().getSimpleName() : sent));
            return answer();
        }

        @Override
        public int stepReturned(Object value) {
            calls.add("stepReturned " + value);
            return answer();
        }

        private int answer() {
            Object next = answers.remove(0);
            if (next == END) {
                outcome = "end";
                return RETURNED;
            }
            if (next instanceof DelegateTo d) {
                outcome = d.sub();
                return DELEGATED;
            }
            outcome = next;
            return next instanceof Throwable ? RAISED : YIELDED;
        }

        @Override
        public Object outcome() {
            return outcome;
        }

        @Override
        public void discard() {
            calls.add("discard");
        }

        @Override
        public void abandon() {
            calls.add("abandon");
        }
    }

    @Test
    void closeBeforeTheStartDiscardsTheBodyAndNeverSteps() {
        RecordingEngine engine = new RecordingEngine();
        StandardCoroutine<Object, Object> c = new StandardCoroutine<>(engine, true);
        assertNull(c.close());
        assertEquals(List.of("discard"), engine.calls);
        assertNull(c.close());
        assertEquals(List.of("discard"), engine.calls, "a second close() discards nothing more");
        assertEquals(State.CLOSED, c.state());
    }

    @Test
    void throwIntoBeforeTheStartDiscardsTheBodyAndNeverSteps() {
        RecordingEngine engine = new RecordingEngine();
        StandardCoroutine<Object, Object> c = new StandardCoroutine<>(engine, true);
        IllegalStateException error = new IllegalStateException("thrown in");
        assertSame(error, assertThrows(IllegalStateException.class, () -> c.throwInto(error)));
        assertEquals(List.of("discard"), engine.calls);
        assertEquals(State.CLOSED, c.state());
    }

    @Test
    void aReturnDeregistersTheFinalizerAtOnce() {
        RecordingEngine engine = new RecordingEngine("first", RecordingEngine.END);
        StandardCoroutine<Object, Object> c = new StandardCoroutine<>(engine, true);
        assertEquals("first", c.next());
        assertEquals(List.of("step null"), engine.calls, "nothing but the step while the body lives");
        assertTrue(c.registeredForFinalization(), "a started coroutine is registered for finalization");
        assertEquals("end", assertThrows(CoroutineExhaustedException.class, c::next).value());
        assertEquals(List.of("step null", "step null"), engine.calls, "an ended coroutine is never abandoned");
        assertFalse(c.registeredForFinalization(), "the end deregisters it at once");
    }

    @Test
    void aCloseAndARaiseDeregisterTheFinalizerAtOnce() {
        RecordingEngine closing = new RecordingEngine("first", RecordingEngine.END);
        StandardCoroutine<Object, Object> closed = new StandardCoroutine<>(closing, true);
        closed.next();
        assertEquals("end", closed.close());
        assertEquals(List.of("step null", "step CoroutineExit"), closing.calls);
        assertFalse(closed.registeredForFinalization());

        IllegalArgumentException failure = new IllegalArgumentException("raised");
        RecordingEngine raising = new RecordingEngine("first", failure);
        StandardCoroutine<Object, Object> raised = new StandardCoroutine<>(raising, true);
        raised.next();
        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> raised.send("x")));
        assertEquals(List.of("step null", "step x"), raising.calls);
        assertFalse(raised.registeredForFinalization());
    }

    @Test
    void anEngineThatFailsItselfClosesTheCoroutineAndDeregisters() {
        IllegalStateException broken = new IllegalStateException("engine broken");
        RecordingEngine engine = new RecordingEngine("first") {
            @Override
            public int step(Object sent, Throwable thrown) {
                if (!calls.isEmpty()) {
                    calls.add("step failed");
                    throw broken;
                }
                return super.step(sent, thrown);
            }
        };
        StandardCoroutine<Object, Object> c = new StandardCoroutine<>(engine, true);
        c.next();
        assertSame(broken, assertThrows(IllegalStateException.class, () -> c.send("x")));
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("step null", "step failed"), engine.calls);
        assertFalse(c.registeredForFinalization());
    }

    @Test
    void withoutFinalizationNothingIsRegistered() {
        RecordingEngine engine = new RecordingEngine("first", RecordingEngine.END);
        StandardCoroutine<Object, Object> c = new StandardCoroutine<>(engine, false);
        c.next();
        assertFalse(c.registeredForFinalization());
        assertThrows(CoroutineExhaustedException.class, c::next);
        assertEquals(List.of("step null", "step null"), engine.calls);
    }

    /**
     * Rule 9.3 at the lifecycle's level: the return value of a sub-coroutine resumes its delegator's engine with
     * {@link Engine#stepReturned}, never with a step that sends it (a state machine's resumeReturned, not its
     * resume, gets it; only the stackful engine treats the two alike).
     */
    @Test
    void aSubsReturnValueResumesTheDelegatorWithStepReturned() {
        RecordingEngine subEngine = new RecordingEngine("sub's first", RecordingEngine.END);
        StandardCoroutine<Object, Object> sub = new StandardCoroutine<>(subEngine, false);
        RecordingEngine delegatorEngine = new RecordingEngine(new RecordingEngine.DelegateTo(sub), "delegator goes on");
        StandardCoroutine<Object, Object> delegator = new StandardCoroutine<>(delegatorEngine, false);
        assertEquals("sub's first", delegator.next());
        assertEquals("delegator goes on", delegator.next());
        assertEquals(List.of("step null", "stepReturned end"), delegatorEngine.calls, "the delegator's engine");
        assertEquals(List.of("step null", "step null"), subEngine.calls, "the sub's engine");
        assertEquals(State.CLOSED, sub.state());
        assertEquals(State.SUSPENDED, delegator.state());
    }

    /**
     * An engine that answers a delegation to null (which yieldFrom and Step.delegate refuse, so only a faulty
     * engine does) has failed: the call throws a NullPointerException that names the engine, the coroutine is
     * CLOSED and its engine is never stepped again.
     */
    @Test
    void anEngineThatDelegatesToNullFailsTheCall() {
        RecordingEngine engine = new RecordingEngine(new RecordingEngine.DelegateTo(null), "resumed after delegating to null");
        StandardCoroutine<Object, Object> c = new StandardCoroutine<>(engine, true);
        NullPointerException failure = assertThrows(NullPointerException.class, c::next);
        assertEquals(engine + " delegated to null", failure.getMessage());
        assertEquals(State.CLOSED, c.state());
        assertEquals(List.of("step null"), engine.calls, "the engine is not stepped again");
        assertFalse(c.registeredForFinalization());
    }

    /** Rule 10.2 at the lifecycle's level: a coroutine that never started registers no Cleaner to act when dropped. */
    @Test
    void anAbandonedCoroutineThatNeverStartedIsNotFinalized() throws InterruptedException {
        RecordingEngine engine = new RecordingEngine();
        WeakReference<Object> dropped = new WeakReference<>(new StandardCoroutine<>(engine, true));
        for (int i = 0; i < 100 && dropped.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(dropped.get(), "the dropped coroutine was not collected");
        Thread.sleep(200); // a Cleaner would act now, on its own thread
        assertTrue(engine.calls.isEmpty(), "a coroutine that never started was finalized: " + engine.calls);
    }

    /**
     * Rule 7.10: one failure instance thrown by the close() of two resources is suppressed twice under the close
     * request (Java allows that); it is the failure, once, not a self-suppression that throws
     * IllegalArgumentException out of close().
     */
    @Test
    void aFailureTwoResourcesThrewIsTheFailureWithoutSuppressingItself() {
        IllegalStateException failure = new IllegalStateException("thrown by the close() of two resources");
        CoroutineExit request = new CoroutineExit();
        request.addSuppressed(failure);
        request.addSuppressed(failure);
        assertSame(failure, StandardCoroutine.suppressedFailure(request));
        assertEquals(0, failure.getSuppressed().length, "the failure has nothing suppressed under it");
    }
}

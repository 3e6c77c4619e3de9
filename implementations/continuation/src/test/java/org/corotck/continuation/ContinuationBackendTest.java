package org.corotck.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import jdk.internal.vm.Continuation;
import org.corotck.backendsupport.Engine;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.Coroutines;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.PinnedYieldException;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What is particular to backend {@code continuation}: which yields pin, and callers that are themselves
 * virtual threads (a continuation inside a continuation). ContinuationTckTest checks every rule.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContinuationBackendTest {
    private static final long BOUND_MILLIS = 30_000;

    private static Yielder<Object, Object> initializerYielder;

    private final Backend backend = new ContinuationBackend();

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
        c.close();
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

    /** Without the JVM flag the backend is still listed, but making a coroutine says which flag is missing. */
    @Test
    void withoutTheFlagMakingACoroutineNamesIt() {
        Backend unflagged = new ContinuationBackend(false);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> unflagged.stackful(y -> null));
        assertTrue(refused.getMessage().contains(ContinuationBackend.REQUIRED_FLAG), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> unflagged.stateMachine(sent -> null));
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

    /**
     * Rule 10.3 as CPython does it: a finalized body that yields instead of finishing is suspended for good
     * at that yield, so nothing after it runs, not even an enclosing finally block (a carrier that cannot
     * suspend it unwinds it instead, and runs that block). The engine is abandoned here directly, as the
     * Cleaner would once the coroutine is unreachable, so that no GC is waited for.
     */
    @Test
    void aFinalizedBodyThatIgnoresItsRequestIsSuspendedForGoodAndRunsNoFinallyBlock() {
        Queue<String> log = new ConcurrentLinkedQueue<>();
        Queue<Throwable> reported = new ConcurrentLinkedQueue<>();
        AtomicReference<CoroutineExit> request = new AtomicReference<>();
        ContinuationEngine<Object, Object> engine = new ContinuationEngine<>(y -> {
            try {
                try {
                    y.yield("first");
                } catch (CoroutineExit exit) {
                    request.set(exit);
                    y.yield("ignoring the request");
                    log.add("after the ignoring yield");
                }
            } finally {
                log.add("finally");
            }
            return null;
        });
        assertEquals(Engine.YIELDED, engine.step(null, null));
        Coroutines.setUnraisableHandler(reported::add);
        try {
            engine.abandon(); // runs the body on this thread until it ends or is dropped
        } finally {
            Coroutines.setUnraisableHandler(null);
        }
        assertEquals(List.of(), List.copyOf(log), "the dropped body ran on after its yield");
        assertEquals(1, reported.size(), () -> "expected one IgnoredExitException, got " + reported);
        assertSame(request.get(), assertInstanceOf(IgnoredExitException.class, reported.peek()).getCause());
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

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.PinnedYieldException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** SPEC.md section 11: what backends declare, and whether each claim is honest. */
public interface CapabilityRules extends TckContext {

    /** Depth of the deep-yield rule 11.7. */
    int DEEP_YIELD_FRAMES = 10_000;

    /** Yields from {@code depth} nested calls and returns, on the way out, what was sent plus the depth. */
    private static Object nestedYield(Yielder<Object, Object> y, int depth) {
        if (depth == 0) {
            return y.yield("bottom");
        }
        return nestedYield(y, depth - 1);
    }

    private static int countFrames(Yielder<Object, Object> y, int depth) {
        if (depth == 0) {
            y.yield("bottom");
            return 0;
        }
        return 1 + countFrames(y, depth - 1);
    }

    /**
     * Verifies rule 11.1: a stackful body yields from inside nested method calls, and sends reach it there.
     * If this test fails, check that the yielder suspends the whole stack, not only the top frame.
     */
    @Test
    default void optional_11_1_stackfulBodyYieldsFromNestedCalls() {
        Coroutine<Object, Object> c = TckContext.stackfulOf(backend(), y -> {
            Object first = nestedYield(y, 3);
            Object second = nestedYield(y, 1);
            return List.of(first, second);
        });
        assertEquals("bottom", c.next(), "rule 11.1: the value yielded three calls deep");
        assertEquals("bottom", c.send("a"), "rule 11.1: the value yielded one call deep");
        assertEquals(List.of("a", "b"), Expect.exhausted("11.1", () -> c.send("b")), "rule 11.1: what the nested yields received");
    }

    /**
     * Verifies rule 11.2: every backend runs state-machine bodies, starting CREATED without calling the machine.
     * If this test fails, check that stateMachine(m) neither calls m nor starts anything before next().
     */
    @Test
    default void required_11_2_everyBackendRunsStateMachines() {
        AtomicBoolean touched = new AtomicBoolean();
        Coroutine<String, String> c = backend().stateMachine(new StateMachine<>() {
            private int pc;

            @Override
            public Step<String, String> resume(String sent) {
                touched.set(true);
                return switch (pc++) {
                    case 0 -> Step.yield("first");
                    case 1 -> Step.yield("got " + sent);
                    default -> Step.done("end " + sent);
                };
            }
        });
        assertEquals(State.CREATED, c.state(), "rule 11.2: a new state-machine coroutine is CREATED");
        assertTrue(!touched.get(), "rule 11.2: the machine ran before the first next()");
        assertEquals("first", c.next());
        assertEquals("got x", c.send("x"));
        assertEquals("end y", Expect.exhausted("11.2", () -> c.send("y")));
    }

    /**
     * Verifies rule 11.3: a backend without STACKFUL refuses stackful bodies with UnsupportedOperationException,
     * creating nothing and never touching the body; a backend that declares STACKFUL accepts one and, like
     * any factory, runs nothing before next(). If this test fails, the capability declaration is dishonest.
     */
    @Test
    default void required_11_3_stackfulCapabilityIsHonest() {
        AtomicBoolean touched = new AtomicBoolean();
        Set<Thread> before = LiveThreads.snapshot();
        if (declares(Capability.STACKFUL)) {
            Coroutine<Object, Object> c = TckContext.stackfulOf(backend(), y -> {
                touched.set(true);
                return null;
            });
            assertEquals(State.CREATED, c.state(), "rule 11.3: a stackful coroutine of a STACKFUL backend");
            assertTrue(!touched.get(), "rule 11.3: the stackful body ran before next()");
            c.close();
        } else {
            UnsupportedOperationException refusal = Expect.throwsExactly("11.3", UnsupportedOperationException.class,
                    () -> backend().stackful(y -> {
                        touched.set(true);
                        return null;
                    }));
            assertTrue(refusal.getMessage() != null && !refusal.getMessage().isBlank(),
                    "rule 11.3: the refusal should say why");
            assertTrue(!touched.get(), "rule 11.3: a refused body ran");
            assertEquals(List.of(), LiveThreads.startedSince(before), "rule 11.3: a refused stackful body started a thread");
        }
    }

    /**
     * Verifies rule 11.4: a backend declaring RUNS_ON_CALLER_THREAD runs every step on the calling thread,
     * whichever thread that is: the first step on the test's thread, the next on a thread of its own, which
     * must have run and returned within the operation bound. If this test fails, the capability declaration
     * is dishonest.
     */
    @Test
    default void optional_11_4_bodyRunsOnTheCallersThread() throws InterruptedException {
        stepsOnEachCallersThread("state-machine", backend().stateMachine(sent -> Step.yield(Thread.currentThread())));
        if (declares(Capability.STACKFUL)) {
            stepsOnEachCallersThread("stackful", TckContext.stackfulOf(backend(), y -> {
                while (true) {
                    y.yield(Thread.currentThread());
                }
            }));
        }
    }

    private static void stepsOnEachCallersThread(String form, Coroutine<Object, Object> c) throws InterruptedException {
        assertSame(Thread.currentThread(), c.next(), "rule 11.4: the first " + form + " step ran on another thread");
        AtomicReference<Thread> caller = new AtomicReference<>();
        AtomicReference<Object> stepRanOn = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread other = TckThreads.own(new Thread(() -> {
            caller.set(Thread.currentThread());
            try {
                stepRanOn.set(c.send(null));
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "corotck-tck-11.4-caller"));
        other.start();
        other.join(Timeouts.scaled(Timeouts.OPERATION).toMillis());
        if (other.isAlive()) {
            throw Timeouts.expired("11.4", "a " + form + " step called from another thread did not return within "
                    + Timeouts.scaled(Timeouts.OPERATION));
        }
        assertSame(other, caller.get(), "rule 11.4: the other calling thread never ran");
        if (failed.get() != null) {
            throw new AssertionFailedError("rule 11.4: a " + form + " step called from another thread failed: " + failed.get(), failed.get());
        }
        assertSame(other, stepRanOn.get(), "rule 11.4: a " + form + " step called from another thread ran on " + stepRanOn.get());
        c.close();
    }

    /**
     * Verifies rule 11.5: a yield inside a static initializer (a native frame to the JVM, which pins a
     * continuation) either suspends or raises PinnedYieldException at the yield, inside the body; it never
     * crashes, hangs or corrupts the coroutine. If this test fails, check the backend's handling of pinned
     * stacks (a continuation's onPinned).
     */
    @Test
    default void optional_11_5_yieldWhereTheStackIsPinned() {
        ClassLoader fresh = new PinProbe.FreshLoader(getClass().getClassLoader());
        Coroutine<Object, Object> c = TckContext.stackfulOf(backend(), y -> {
            AtomicBoolean pinned = new AtomicBoolean();
            PinProbe.INSIDE_INITIALIZER.set(() -> {
                try {
                    y.yield("suspended in a static initializer");
                } catch (PinnedYieldException e) {
                    pinned.set(true);
                }
            });
            try {
                Class.forName(PinProbe.Initializer.class.getName(), true, fresh);
            } finally {
                PinProbe.INSIDE_INITIALIZER.remove();
            }
            if (pinned.get()) {
                y.yield("pinned");
            }
            return "initialized";
        });
        Object first = c.next();
        assertTrue(List.of("suspended in a static initializer", "pinned").contains(first),
                "rule 11.5: unexpected first value " + first);
        assertEquals(State.SUSPENDED, c.state());
        assertEquals("initialized", Expect.exhausted("11.5", c::next), "rule 11.5: the body did not finish normally");
        assertEquals(State.CLOSED, c.state());
    }

    /**
     * Verifies rule 11.6: the backend is registered for ServiceLoader under its name, and an unknown name
     * fails with IllegalArgumentException naming the backends found. If this test fails, check
     * META-INF/services/org.corotck.spec.spi.Backend in the backend's jar.
     */
    @Test
    default void required_11_6_backendIsFoundByName() {
        assertTrue(backend().name() != null && !backend().name().isBlank(),
                "rule 11.6: a backend's name is what users find it by; got '" + backend().name() + "'");
        Backend found = Backends.byName(backend().name());
        assertEquals(backend().getClass(), found.getClass(), "rule 11.6: the backend registered under " + backend().name());
        IllegalArgumentException unknown = Expect.throwsExactly("11.6", IllegalArgumentException.class,
                () -> Backends.byName("no-such-backend-" + backend().name()));
        assertTrue(unknown.getMessage().contains(backend().name()),
                "rule 11.6: the message should list the backends found: " + unknown.getMessage());
    }

    /**
     * Verifies rule 11.7: a yield from 10,000 nested calls reaches the caller, and resuming unwinds every
     * frame normally. If this test fails, check the stack size the backend gives a body (threads) or the
     * stack of the caller (continuations, which the TCK runs with a large stack).
     */
    @Test
    default void optional_11_7_yieldFromTenThousandFrames() {
        Coroutine<Object, Object> c = TckContext.stackfulOf(backend(), y -> countFrames(y, DEEP_YIELD_FRAMES));
        assertEquals("bottom", c.next(), "rule 11.7: the deep yield's value");
        assertEquals(State.SUSPENDED, c.state());
        assertEquals(DEEP_YIELD_FRAMES, Expect.exhausted("11.7", c::next), "rule 11.7: frames unwound after resuming");
    }

    /**
     * Verifies rule 11.8: a yield from a lambda that {@code List.forEach} calls, and a yield inside a
     * {@code synchronized} block, each either suspends and later resumes where it was (the sent value arrives
     * there), or raises PinnedYieldException at the yield, inside the body, with a message; the body then
     * goes on and ends normally. If this test fails, check how the backend suspends through frames it does not
     * control (a JDK method's, a held monitor's): it must refuse at the yield rather than lose them.
     */
    @Test
    default void optional_11_8_yieldFromACallbackOrInsideAMonitor() {
        Object lock = new Object();
        Coroutine<Object, Object> c = TckContext.stackfulOf(backend(), y -> {
            List<Object> got = new ArrayList<>();
            List.of("each a", "each b").forEach(v -> got.add(yieldOrPinned(y, v)));
            synchronized (lock) {
                got.add(yieldOrPinned(y, "locked"));
            }
            return got;
        });
        List<Object> yielded = new ArrayList<>();
        Object result = null;
        boolean ended = false;
        for (int step = 0; step < 5 && !ended; step++) {
            try {
                yielded.add(step == 0 ? c.next() : c.send("sent " + yielded.get(yielded.size() - 1)));
            } catch (CoroutineExhaustedException done) {
                result = done.value();
                ended = true;
            }
        }
        assertTrue(ended, "rule 11.8: the body did not end after its three yield points; it yielded " + yielded);
        assertEquals(State.CLOSED, c.state(), "rule 11.8: state after the body ended");
        List<?> got = assertInstanceOf(List.class, result, "rule 11.8: the body returns what its yield points evaluated to");
        assertEquals(3, got.size(), "rule 11.8: what each yield point evaluated to: " + got);
        List<Object> points = List.of("each a", "each b", "locked");
        List<Object> expectedYields = new ArrayList<>();
        List<Object> expectedGot = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            if (got.get(p) instanceof String text && text.startsWith("pinned: ")) {
                assertTrue(text.length() > "pinned: ".length() + 40,
                        "rule 11.8: a PinnedYieldException should say which frame cannot be suspended: " + text);
                expectedGot.add(text);
            } else {
                expectedYields.add(points.get(p));
                expectedGot.add("sent " + points.get(p));
            }
        }
        assertEquals(expectedYields, yielded, "rule 11.8: the values yielded by the points that suspended");
        assertEquals(expectedGot, got, "rule 11.8: each point either received what was sent to it or was pinned");
    }

    /** Yields {@code value}, answering what was sent, or {@code "pinned: <message>"} when the yield is refused. */
    private static Object yieldOrPinned(Yielder<Object, Object> y, Object value) {
        try {
            return y.yield(value);
        } catch (PinnedYieldException e) {
            return "pinned: " + e.getMessage();
        }
    }

    /** Helpers for rule 11.5: a class whose static initializer runs a hook, loadable afresh any number of times. */
    final class PinProbe {
        /** Public: the freshly defined Initializer lives in another runtime package. */
        public static final ThreadLocal<Runnable> INSIDE_INITIALIZER = new ThreadLocal<>();

        private PinProbe() {}

        /** Its static initializer runs the current thread's hook. */
        public static final class Initializer {
            static {
                Runnable hook = INSIDE_INITIALIZER.get();
                if (hook != null) {
                    hook.run();
                }
            }

            private Initializer() {}
        }

        /** Defines {@link Initializer} anew, so each test run initializes a fresh class; the rest comes from the parent. */
        static final class FreshLoader extends ClassLoader {
            FreshLoader(ClassLoader parent) {
                super(parent);
            }

            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(Initializer.class.getName())) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        String resource = name.replace('.', '/') + ".class";
                        try (InputStream in = getParent().getResourceAsStream(resource)) {
                            byte[] bytes = in.readAllBytes();
                            loaded = defineClass(name, bytes, 0, bytes.length);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return loaded;
                }
            }
        }
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.PinnedYieldException;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/** SPEC.md section 13: what Java adds, threads, thread-locals, locks and the JVM's own errors. */
public interface JavaRules extends TckContext {

    /** What a body saw at one step: its thread and the values of two thread-locals. */
    record Seen(Thread thread, String local, String inherited) {}

    /** Runs {@code call} on a new platform thread and returns its result; bounded, as every wait here. */
    private static <T> T onAnotherThread(String rule, Callable<T> call) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = TckThreads.own(new Thread(() -> {
            try {
                result.set(call.call());
            } catch (Throwable e) {
                result.set(new Failed(e));
            }
        }, "corotck-tck-other-caller"));
        t.start();
        t.join(Timeouts.scaled(Timeouts.OPERATION).toMillis());
        if (t.isAlive()) {
            throw new AssertionFailedError("rule " + rule + ": a call from another thread did not return within "
                    + Timeouts.scaled(Timeouts.OPERATION) + "\n" + ThreadDumps.all());
        }
        if (result.get() instanceof Failed failed) {
            throw Expect.sneaky(failed.error());
        }
        @SuppressWarnings("unchecked")
        T value = (T) result.get();
        return value;
    }

    /** What a call on another thread threw. */
    record Failed(Throwable error) {}

    /**
     * Verifies rule 13.1: with RUNS_ON_CALLER_THREAD the body sees, at each step, the calling thread and its
     * thread-local values, and what it sets lands in the caller's; without it, the body has one thread of its
     * own for its whole life, never a caller, with its own thread-locals and no inherited ones. If this test
     * fails, check where each step runs and whether the body's thread inherits the caller's thread-locals.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_13_1_threadIdentityAndThreadLocals(BodyForm form) throws Exception {
        ThreadLocal<String> local = new ThreadLocal<>();
        InheritableThreadLocal<String> inherited = new InheritableThreadLocal<>();
        Callable<Seen> look = () -> new Seen(Thread.currentThread(), local.get(), inherited.get());
        Coroutine<Object, Object> c = create(Fixture.of(
                () -> y -> {
                    Seen first = look.call();
                    local.set("set by the body");
                    y.yield(first);
                    return y.yield(look.call());
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) throws Exception {
                        switch (pc++) {
                            case 0 -> {
                                Seen first = look.call();
                                local.set("set by the body");
                                return Step.yield(first);
                            }
                            case 1 -> {
                                return Step.yield(look.call());
                            }
                            default -> {
                                return Step.done(sent);
                            }
                        }
                    }
                }), form);
        Thread a = Thread.currentThread();
        local.set("caller A");
        inherited.set("inherited by A");
        try {
            Seen first = (Seen) c.next();
            String afterFirst = local.get();
            Thread[] b = new Thread[1];
            Seen second = onAnotherThread("13.1", () -> {
                b[0] = Thread.currentThread();
                local.set("caller B");
                inherited.set("inherited by B");
                return (Seen) c.next();
            });
            if (declares(Capability.RUNS_ON_CALLER_THREAD)) {
                assertEquals(new Seen(a, "caller A", "inherited by A"), first, "rule 13.1: the first step, called from A");
                assertEquals("set by the body", afterFirst, "rule 13.1: what the body set lands in the caller's thread-local");
                assertEquals(new Seen(b[0], "caller B", "inherited by B"), second, "rule 13.1: the second step, called from B");
            } else {
                assertNotSame(a, first.thread(), "rule 13.1: the body ran on its caller's thread");
                assertSame(first.thread(), second.thread(), "rule 13.1: the body should keep one thread for its whole life");
                assertNotSame(b[0], second.thread(), "rule 13.1: the body ran on its caller's thread");
                assertEquals(new Seen(first.thread(), null, null), first, "rule 13.1: the body's own thread-locals, none inherited");
                assertEquals("caller A", afterFirst, "rule 13.1: the body changed its caller's thread-local");
                assertEquals("set by the body", second.local(), "rule 13.1: the body's thread-local should survive between steps");
                assertNull(second.inherited(), "rule 13.1: the body's thread inherited a caller's value");
            }
            c.close();
        } finally {
            local.remove();
            inherited.remove();
        }
    }

    /**
     * Verifies rule 13.2: a body that yields holding a ReentrantLock still holds it: another thread cannot
     * take it until the body resumes and releases it; it belongs to the calling thread with
     * RUNS_ON_CALLER_THREAD (which then sees IllegalMonitorStateException when a step from another thread
     * releases it), else to the body's own thread. A stackful body that yields inside {@code synchronized}
     * keeps the monitor: the caller does not hold it and another thread cannot enter it meanwhile (or the
     * yield raises PinnedYieldException). If this test fails, check which thread runs each step.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    @TckTimeout(seconds = 120)
    default void required_13_2_locksAndMonitorsStayHeldAcrossAYield(BodyForm form) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Coroutine<Object, Object> c = create(lockingAcrossAYield(lock), form);
        assertEquals("locked", c.next());
        assertTrue(lock.isLocked(), "rule 13.2: the suspended body's lock was released");
        boolean taken = onAnotherThread("13.2", lock::tryLock);
        assertFalse(taken, "rule 13.2: another thread took the lock the suspended body holds");
        boolean callerThread = declares(Capability.RUNS_ON_CALLER_THREAD);
        assertEquals(callerThread, lock.isHeldByCurrentThread(), callerThread
                ? "rule 13.2: the lock should belong to the thread that ran the step that took it"
                : "rule 13.2: the lock should belong to the body's own thread, not the caller");
        assertEquals("unlocked", c.next());
        assertFalse(lock.isLocked(), "rule 13.2: the body released its lock");
        c.close();

        if (callerThread) {
            Coroutine<Object, Object> d = create(lockingAcrossAYield(lock), form);
            d.next();
            Throwable released = Expect.thrown("13.2", () -> onAnotherThread("13.2", d::next));
            assertEquals(IllegalMonitorStateException.class, released.getClass(),
                    "rule 13.2: releasing, on a step from another thread, a lock taken on this one");
            assertTrue(lock.isHeldByCurrentThread());
            lock.unlock();
            d.close();
        }

        if (declares(Capability.STACKFUL)) {
            Object monitor = new Object();
            AtomicBoolean pinned = new AtomicBoolean();
            Coroutine<Object, Object> m = stackful(y -> {
                synchronized (monitor) {
                    try {
                        y.yield("in the monitor");
                    } catch (PinnedYieldException e) {
                        pinned.set(true);
                    }
                }
                return y.yield("left the monitor");
            });
            Object first = m.next();
            if (pinned.get()) {
                assertEquals("left the monitor", first, "rule 13.2: a pinned yield inside synchronized");
            } else {
                assertEquals("in the monitor", first);
                assertFalse(Thread.holdsLock(monitor), "rule 13.2: the caller holds the suspended body's monitor");
                AtomicBoolean entered = new AtomicBoolean();
                Thread other = TckThreads.own(new Thread(() -> {
                    synchronized (monitor) {
                        entered.set(true);
                    }
                }, "corotck-tck-monitor-contender"));
                other.start();
                other.join(200); // a short look: the monitor must stay taken while the body is suspended
                assertFalse(entered.get(), "rule 13.2: another thread entered the monitor the suspended body holds");
                assertEquals("left the monitor", m.next());
                other.join(Timeouts.scaled(Timeouts.OPERATION).toMillis());
                assertTrue(entered.get(), "rule 13.2: the monitor was not free after the body left it");
            }
            m.close();
        }
    }

    /** Takes the lock, yields "locked", releases it and yields "unlocked"; a close request releases it too. */
    private static Fixture<Object, Object> lockingAcrossAYield(ReentrantLock lock) {
        return Fixture.of(
                () -> y -> {
                    lock.lock();
                    try {
                        y.yield("locked");
                    } finally {
                        lock.unlock();
                    }
                    return y.yield("unlocked");
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        switch (pc++) {
                            case 0 -> {
                                lock.lock();
                                return Step.yield("locked");
                            }
                            case 1 -> {
                                lock.unlock();
                                return Step.yield("unlocked");
                            }
                            default -> {
                                return Step.done(sent);
                            }
                        }
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (pc == 1) {
                            lock.unlock();
                        }
                        return Step.raise(thrown);
                    }
                });
    }

    /**
     * Verifies rule 13.3: an Error on the first step (here the body's first statement raises the
     * OutOfMemoryError a thread backend gets when it cannot start a thread; the backends' own tests make
     * their thread factory fail) reaches the caller as the same instance; the coroutine is CLOSED, later
     * calls are exhaustion, nothing of the body ran after it and no thread is left behind. If this test
     * fails, check the first step's failure path: the state, and the release of what the step prepared.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(BodyForm.class)
    default void required_13_3_anErrorOnTheFirstStepClosesTheCoroutine(BodyForm form) {
        OutOfMemoryError error = new OutOfMemoryError("unable to create native thread (raised by the TCK)");
        EffectLog log = new EffectLog();
        Fixture<Object, Object> failing = Fixture.of(
                () -> y -> {
                    if (error != null) {
                        throw error;
                    }
                    log.add("ran after the error");
                    return y.yield(null);
                },
                () -> sent -> {
                    throw error;
                });
        Coroutine<Object, Object> warmUp = create(Fixtures.simpleCoroutine(new EffectLog()), form);
        warmUp.next();
        warmUp.close();
        Set<Thread> baseline = LiveThreads.snapshot();
        Coroutine<Object, Object> c = create(failing, form);
        Expect.throwsSame("13.3", error, c::next);
        assertEquals(State.CLOSED, c.state(), "rule 13.3: state after an Error on the first step");
        assertNull(Expect.exhausted("13.3", c::next));
        assertNull(Expect.exhausted("13.3", () -> c.send("later")));
        assertEquals(List.of(), log.entries());
        Timeouts.await("13.3", Timeouts.OPERATION, () -> LiveThreads.startedSince(baseline).isEmpty(),
                () -> "threads started for the failed coroutine to end: " + LiveThreads.startedSince(baseline));
    }
}

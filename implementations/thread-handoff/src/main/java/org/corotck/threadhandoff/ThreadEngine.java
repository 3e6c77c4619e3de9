package org.corotck.threadhandoff;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import org.corotck.backendsupport.StackfulEngine;
import org.corotck.spec.StackfulBody;

/**
 * A stackful engine whose body runs on a thread of its own, started at the first step (a CREATED
 * coroutine has none, rule 10.2). Control passes by one volatile turn: the side that hands over writes
 * the turn and unparks the other, then waits for the turn to come back, spinning within an adaptive
 * budget ({@link AdaptiveSpin}) and then parking, so that an idle suspended coroutine burns no CPU.
 * Each write of the turn publishes everything its writer did before (rules 8.5, 8.6).
 *
 * <p>A virtual thread waiting for another virtual thread parks at once: its spin could hold the carrier
 * the other needs. Measured send round trips (JDK 25, 2 vCPUs): 0.3-1.3 µs with a spinning side; both
 * virtual with one carrier, 39 µs spinning and 0.8 µs parking at once; with two carriers, 1.2 and 1.5 µs.
 * Such a wait reads no clock either: there is no spin budget to adapt, and a clock read costs 50-70 ns
 * here, four of them a round trip. Otherwise each side does what a raw park/unpark ping-pong does: one
 * unpark and, counted over 800,000 round trips with a virtual caller, 0.98 parks (the raw loop: 0.98).
 *
 * <p>A delegating body ({@code yieldFrom}) hands the turn back and waits like a yielding one: the caller's
 * {@code StandardCoroutine} then drives the sub-coroutine itself, so a send through a chain of delegations
 * hands over to the innermost body's thread only.
 *
 * <p>Waits are not interruptible: an interrupted caller keeps waiting and finds its interrupt status set
 * again when the call returns (rule 8.8). The body thread refers to this engine only, never to the
 * coroutine, so an abandoned coroutine can be finalized; the body thread then runs to its end and exits,
 * or, when the body yields instead of finishing, is unwound by a {@code CoroutineDroppedError}: Java cannot
 * end a thread without running its code (rules 10.1, 10.3, 10.4). Yielding from any thread but the body's fails (rule 12.6).
 */
public final class ThreadEngine<I, O> extends StackfulEngine<I, O> {
    private final ThreadFactory bodyThreads;
    /** Each side's spin budget: the caller waits for a step, the body for the next call (often much longer). */
    private final AdaptiveSpin callerSpin;
    private final AdaptiveSpin bodySpin;
    /** The handoff: true while the body may run, false while the caller may. */
    private volatile boolean bodysTurn;
    /** Who waits for the body's answer; written by the caller before it hands over the turn. */
    private Thread caller;
    /** Set once, at the first step; volatile because the Cleaner's thread reads it too. */
    private volatile Thread bodyThread;

    /**
     * @param bodyThreads makes the body's thread; the engine makes it a daemon, so that a suspended body
     *     never keeps the JVM alive
     * @param spins the most a waiting side polls the turn before it parks; each side adapts below it
     */
    public ThreadEngine(StackfulBody<I, O> body, ThreadFactory bodyThreads, int spins) {
        super(Objects.requireNonNull(body, "body"));
        this.bodyThreads = Objects.requireNonNull(bodyThreads, "bodyThreads");
        if (spins < 0) {
            throw new IllegalArgumentException("spins must be >= 0, got " + spins);
        }
        this.callerSpin = new AdaptiveSpin(spins);
        this.bodySpin = new AdaptiveSpin(spins);
    }

    // ---- the caller's side

    @Override
    protected void startBody() {
        Thread thread;
        try {
            thread = bodyThreads.newThread(this::runOnBodyThread);
            thread.setDaemon(true);
            bodyThread = thread;
            caller = Thread.currentThread();
            bodysTurn = true;
            thread.start();
        } catch (Throwable cannotStart) {
            // Such as OutOfMemoryError "unable to create native thread": the body never ran, and the caller
            // gets the same error; the coroutine then closes (rule 13.3).
            discard();
            throw cannotStart;
        }
        awaitTurn(false, thread, callerSpin);
    }

    @Override
    protected void transferToBody() {
        Thread body = bodyThread;
        caller = Thread.currentThread();
        handTurn(true, body);
        awaitTurn(false, body, callerSpin);
    }

    /** The Cleaner's thread gives the body the turn and leaves: the body finishes alone and its thread exits. */
    @Override
    protected void resumeAbandoned() {
        handTurn(true, bodyThread);
    }

    // ---- the body's side

    private void runOnBodyThread() {
        runBody();
        if (!finalizing()) { // an abandoned body has no caller to wake
            handTurn(false, caller);
        }
    }

    @Override
    protected void transferToCaller() {
        Thread waiting = caller; // read before the handover: then the next caller may overwrite it
        handTurn(false, waiting);
        awaitTurn(true, waiting, bodySpin);
    }

    @Override
    protected void checkInBody() {
        if (Thread.currentThread() != bodyThread) {
            throw new IllegalStateException("yield called on " + Thread.currentThread()
                    + ", outside the coroutine's body; it runs on " + bodyThread);
        }
    }

    // ---- the handoff

    /** Gives the turn away and wakes the side that waits for it. */
    private void handTurn(boolean toBody, Thread waiter) {
        bodysTurn = toBody;
        LockSupport.unpark(waiter); // harmless if it is spinning: its park loop rechecks the turn
    }

    /**
     * Returns when the turn is {@code forBody}: first a spin within the side's adaptive budget, then
     * parking. It never throws: the turn is handed over already, so the other side runs, and a failure
     * here would leave both running.
     */
    private void awaitTurn(boolean forBody, Thread other, AdaptiveSpin budget) {
        // A virtual thread spinning for another virtual thread may hold the very carrier the other needs:
        // it parks at once, and since it never spins, it has no budget to adapt and reads no clock.
        boolean adapts = !(Thread.currentThread().isVirtual() && other.isVirtual());
        for (int i = adapts ? budget.limit() : 0; i > 0; i--) {
            if (bodysTurn == forBody) {
                return;
            }
            Thread.onSpinWait();
        }
        if (bodysTurn == forBody) {
            return;
        }
        long parkedAt = adapts ? System.nanoTime() : 0;
        // A set interrupt status makes park return at once; take it now and restore it when done (8.8).
        boolean interrupted = Thread.interrupted();
        while (bodysTurn != forBody) {
            try {
                LockSupport.park(this);
            } catch (Throwable parkFailed) {
                // A virtual thread too deep to unmount fails in park with StackOverflowError (JDK 21-25).
                spinUntilTurn(forBody);
            }
            interrupted |= Thread.interrupted();
        }
        if (adapts) {
            budget.parked(System.nanoTime() - parkedAt);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The wait of last resort, when parking fails: it keeps a processor busy, but cannot fail itself. */
    private void spinUntilTurn(boolean forBody) {
        while (bodysTurn != forBody) {
            Thread.onSpinWait();
        }
    }

    @Override
    public String toString() {
        Thread thread = bodyThread;
        return "thread engine" + (thread != null ? " on " + thread.getName() : ", not started");
    }
}

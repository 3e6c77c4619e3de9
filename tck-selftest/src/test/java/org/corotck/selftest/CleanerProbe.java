package org.corotck.selftest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.statemachine.StateMachineBackend;
import org.corotck.tck.ThreadDumps;

/**
 * Whether abandoned coroutines are still finalized in this JVM. Every backend's Cleaner action runs on one
 * thread the support module shares, and the state-machine and continuation backends run an abandoned body's
 * close handling on it; so one run that leaves it busy (a body spinning or blocked while finalized) would make
 * every later run in the self-test's JVM fail its finalization rules, for a fault that is not theirs. The
 * self-test checks it after each mutant and so names the run that left it busy.
 */
final class CleanerProbe {
    /** Unscaled: long against a collection and a Cleaner's reaction, short against a wedged thread. */
    static final Duration BOUND = Duration.ofSeconds(30);

    private CleanerProbe() {}

    /**
     * Abandons a suspended canary coroutine and waits, asking for collections, until its close request has run;
     * returns null if it did, else what was seen, with every thread's stack.
     */
    static String problem() {
        return problem(BOUND);
    }

    static String problem(Duration bound) {
        AtomicInteger closed = new AtomicInteger();
        abandonCanary(closed);
        long deadline = System.nanoTime() + bound.toNanos();
        while (closed.get() == 0) {
            if (System.nanoTime() - deadline > 0) {
                return "an abandoned suspended canary was not finalized within " + bound.toSeconds()
                        + " s: the Cleaner's thread is busy or blocked\n" + ThreadDumps.all();
            }
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for the canary's finalization";
            }
        }
        return null;
    }

    /** In a method of its own, so that no local of the caller's frame keeps the canary reachable. */
    private static void abandonCanary(AtomicInteger closed) {
        Coroutine<Object, Object> canary = new StateMachineBackend().stateMachine(new StateMachine<>() {
            @Override
            public Step<Object, Object> resume(Object sent) {
                return Step.yield("suspended");
            }

            @Override
            public Step<Object, Object> resumeThrowing(Throwable thrown) {
                if (thrown instanceof CoroutineExit) {
                    closed.incrementAndGet();
                }
                return Step.raise(thrown);
            }
        });
        canary.next();
    }
}

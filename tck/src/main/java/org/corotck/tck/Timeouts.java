package org.corotck.tck;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Every wait in the TCK is bounded, and every bound is a multiple of one factor, so a slow machine scales
 * them all at once: {@link TckSettings#timeoutFactor()}, system property {@code corotck.timeoutFactor} or
 * environment variable {@code COROTCK_TIMEOUT_FACTOR} (default 1). A wait that runs out fails with a {@link TckTimeoutError}
 * naming the rule, and a dump of every thread.
 */
public final class Timeouts {
    /** How long a single coroutine operation may take before the test counts it as a hang. */
    public static final Duration OPERATION = Duration.ofSeconds(10);
    /** The default bound for a whole rule test. */
    public static final Duration TEST = Duration.ofSeconds(60);
    /**
     * How long to wait for garbage collection and Cleaners to finalize abandoned coroutines, by default;
     * see {@link #finalization()}.
     */
    public static final Duration FINALIZATION = Duration.ofSeconds(60);
    /**
     * How long a test watches for something that must not happen once its cause is past (a Cleaner acting
     * on a coroutine that was collected): long against a Cleaner's reaction, short against a test.
     */
    public static final Duration QUIET = Duration.ofMillis(500);

    private Timeouts() {}

    /** {@link TckSettings#timeoutFactor()}. */
    public static double factor() {
        return TckSettings.timeoutFactor();
    }

    /**
     * The finalization bound, before scaling: {@link TckSettings#finalizationSeconds()}, {@link #FINALIZATION}
     * by default. Settable apart from the rest because only a backend that never finalizes waits it out,
     * and a run of many such backends (the TCK's self-test) need not wait a minute each.
     */
    public static Duration finalization() {
        return Duration.ofSeconds(TckSettings.finalizationSeconds());
    }

    /** Waits for {@code future} within the operation bound, failing with the rule's id on a hang. */
    public static <T> T within(String rule, Future<T> future, String what) throws Exception {
        try {
            return future.get(scaled(OPERATION).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw expired(rule, what + " did not return within " + scaled(OPERATION) + " (blocked?)\n" + ThreadDumps.all());
        } catch (ExecutionException e) {
            throw Expect.sneaky(e.getCause());
        }
    }

    public static Duration scaled(Duration base) {
        return Duration.ofNanos((long) (base.toNanos() * factor()));
    }

    /**
     * Polls {@code condition} until it holds or {@code bound} (scaled) runs out; then fails naming the rule,
     * what was awaited, and every thread's stack.
     */
    public static void await(String rule, Duration bound, BooleanSupplier condition, Supplier<String> what) {
        if (!poll(bound, condition)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new AssertionFailedError("rule " + rule + ": interrupted while waiting for " + what.get());
            }
            throw expired(rule, String.format(Locale.ROOT, "still waiting after %s for %s%n%s",
                    scaled(bound), what.get(), ThreadDumps.all()));
        }
    }

    /**
     * Waits, within the finalization bound, for what garbage collection and Cleaners must bring about: polls
     * {@code done}, asking for a collection when it does not hold yet, paced by {@link PacedCollections};
     * then fails as {@link #await} does.
     */
    public static void awaitFinalization(String rule, BooleanSupplier done, Supplier<String> what) {
        PacedCollections collections = new PacedCollections();
        await(rule, finalization(), () -> {
            if (done.getAsBoolean()) {
                return true;
            }
            collections.collectIfDue();
            return done.getAsBoolean();
        }, what);
    }

    /**
     * Collections asked for while waiting on finalization, at most a third of the wall time: after one that
     * took t, the next waits 2t. A full collection stops every thread, and what finalization wakes up (the
     * Cleaner, the body threads it unwinds) needs the time between them. Rule 10.1's test on virtual-threads
     * (100,000 suspended coroutines, whose collections took 0.2-0.4 s each) took 15-17 s with a collection at
     * every poll, back to back, and 6 s paced.
     */
    static final class PacedCollections {
        private boolean collected;
        private long nextDue;

        void collectIfDue() {
            long start = System.nanoTime();
            if (collected && start - nextDue < 0) {
                return;
            }
            System.gc();
            long end = System.nanoTime();
            collected = true;
            nextDue = end + 2 * (end - start);
        }
    }

    /**
     * Polls {@code condition} until it holds or {@code bound} (scaled) runs out, or the thread is interrupted
     * (its status stays set); returns whether it held. For callers that word their own failure.
     */
    public static boolean poll(Duration bound, BooleanSupplier condition) {
        long deadline = System.nanoTime() + scaled(bound).toNanos();
        long pauseMillis = 1;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pauseMillis = Math.min(50, pauseMillis * 2);
        }
        return true;
    }

    /** The failure of a bounded wait that ran out: {@code "rule <rule>: <what>"}. */
    public static TckTimeoutError expired(String rule, String what) {
        return new TckTimeoutError(TckTimeoutError.Scope.WAIT, "rule " + rule + ": " + what);
    }
}

package org.corotck.tck;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Every wait in the TCK is bounded, and every bound is a multiple of one factor, so a slow machine scales
 * them all at once: system property {@code corotck.timeoutFactor} or environment variable
 * {@code COROTCK_TIMEOUT_FACTOR} (default 1). A wait that runs out fails with a {@link TckTimeoutError}
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

    public static double factor() {
        String value = System.getProperty("corotck.timeoutFactor");
        if (value == null || value.isBlank()) {
            value = System.getenv("COROTCK_TIMEOUT_FACTOR");
        }
        if (value == null || value.isBlank()) {
            return 1.0;
        }
        try {
            double factor = Double.parseDouble(value.trim());
            if (factor > 0) {
                return factor;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the clear error below
        }
        throw new IllegalArgumentException("corotck.timeoutFactor must be a positive number, got '" + value + "'");
    }

    /**
     * The finalization bound, before scaling: system property {@code corotck.finalizationSeconds}, else
     * {@link #FINALIZATION}. Settable apart from the rest because only a backend that never finalizes
     * waits it out, and a run of many such backends (the TCK's self-test) need not wait a minute each.
     */
    public static Duration finalization() {
        Integer seconds = Integer.getInteger("corotck.finalizationSeconds");
        return seconds != null && seconds > 0 ? Duration.ofSeconds(seconds) : FINALIZATION;
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

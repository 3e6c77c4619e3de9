package org.corotck.benchmarks.selftest;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Makes whatever counts its steps a fixed fraction slower: every {@value #STEPS_PER_CHECK} steps it reads the
 * clock and spins for {@code fraction} of the time that passed since its last check. So a send that costs 10 ns
 * and one that costs 20 ns are both slowed by that fraction, with no calibration, in a fast fork as in a slow one.
 *
 * <p>Reading the clock once in a thousand steps keeps its own cost (tens of nanoseconds a read) far below a
 * percent of a 10 ns send; the count itself is not free (about 1 ns on that send), so a slowed run's rows come
 * out somewhat more than the fraction slower, the shortest most: the self-test's report shows by how much. A
 * span longer than {@link #MAX_SPAN_NANOS} between checks is not a body's work but a pause (JMH between
 * iterations, a benchmark's setup), and is not charged.
 *
 * <p>Not thread-safe, on purpose: a lost count between two threads stepping at once (the thread backends'
 * bodies) only makes a check come a little later; a synchronised counter would add more than the burn measures.
 */
final class DutyCycle {
    static final int STEPS_PER_CHECK = 1024;
    static final long MAX_SPAN_NANOS = 100_000_000L;

    private final double fraction;
    private final LongSupplier clock;
    private int steps;
    private long lastCheck;
    private long burnedNanos;

    DutyCycle(double fraction, LongSupplier clock) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the slowdown must be a fraction between 0 and 1, got " + fraction);
        }
        this.fraction = fraction;
        this.clock = clock;
        this.lastCheck = clock.getAsLong();
    }

    /** One step of a body: every {@value #STEPS_PER_CHECK}th spins for the fraction of the time since the last. */
    void step() {
        if (++steps >= STEPS_PER_CHECK) {
            check();
        }
    }

    /**
     * Apart from {@link #step} so that the step the JIT inlines into every send stays a count and a branch (with
     * the spin in the same method, counting alone made a 10 ns state-machine send about 2 ns slower in 3 forks).
     */
    private void check() {
        steps = 0;
        long now = clock.getAsLong();
        long span = now - lastCheck;
        if (span > 0 && span <= MAX_SPAN_NANOS) {
            long until = now + (long) (span * fraction);
            long t = now;
            while (t < until) {
                t = clock.getAsLong();
            }
            burnedNanos += t - now;
            now = t;
        }
        lastCheck = now; // the burn itself is not charged again at the next check
    }

    /** How long it has spun in all, for tests and {@link #toString}. */
    long burnedNanos() {
        return burnedNanos;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "spins %.0f%% of the time between every %d steps", fraction * 100,
                STEPS_PER_CHECK);
    }
}

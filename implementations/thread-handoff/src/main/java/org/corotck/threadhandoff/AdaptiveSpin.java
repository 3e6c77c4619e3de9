package org.corotck.threadhandoff;

/**
 * One waiting side's spin budget, adapted to the round trips it observes. Spinning pays only when the
 * answer comes sooner than a parked thread can be woken (about 13 µs here); so the budget doubles when a
 * wait that ended parked was short anyway (a longer spin would have caught the answer) and halves when it
 * was long (the other side was busy, or the coroutine sat idle: spinning only burned a core). It never
 * exceeds the configured ceiling and may fall to 0, from which quick answers grow it back.
 *
 * <p>Plain fields: each side's budget is read and written only by the thread waiting on that side.
 */
final class AdaptiveSpin {
    /** Roughly what one {@link Thread#onSpinWait()} costs here, measured once. */
    static final long NANOS_PER_SPIN = calibrate();
    /** What waking a parked thread costs on top of the answer itself; generous on purpose. */
    static final long WAKE_NANOS = 50_000;

    private final int ceiling;
    private final long shortWaitNanos;
    private int limit;

    AdaptiveSpin(int ceiling) {
        this.ceiling = ceiling;
        this.limit = ceiling;
        this.shortWaitNanos = 2 * ceiling * NANOS_PER_SPIN + WAKE_NANOS;
    }

    int limit() {
        return limit;
    }

    /** A wait that spun out and parked for {@code waitedNanos} before the answer came. */
    void parked(long waitedNanos) {
        if (waitedNanos <= shortWaitNanos) {
            limit = Math.min(ceiling, 2 * limit + 1);
        } else {
            limit >>= 1;
        }
    }

    private static long calibrate() {
        int spins = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < spins; i++) {
            Thread.onSpinWait();
        }
        return Math.max(1, (System.nanoTime() - start) / spins);
    }
}

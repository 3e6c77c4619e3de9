package org.corotck.threadhandoff;

/**
 * The ceiling of a waiting side's spin: how many times at most it polls the turn with
 * {@link Thread#onSpinWait()} before it parks ({@link AdaptiveSpin} adapts each side below it).
 * Waking a parked thread costs tens of microseconds; a short spin catches the other side's answer when
 * the body's step is quick, which is the common case. With one processor the other side cannot run
 * while this one spins, so the default there is 0.
 */
final class SpinBudget {
    /** System property that overrides the default ceiling; 0 parks at once, always. */
    static final String PROPERTY = "corotck.handoff.spins";
    /**
     * One {@code onSpinWait} took 20 ns on the machine this was tuned on (JDK 25, 2 vCPUs), so 1,000 polls
     * last about 20 µs: longer than a quick step, and about what waking a parked thread costs (13 µs per
     * side, 27 µs per round trip). A send round trip took 27 µs with 0 polls, 20 µs with 200, and 1.1-1.6 µs
     * with 1,000, 2,000 or 5,000, so more buys nothing but a longer busy wait.
     */
    static final int DEFAULT = 1_000;

    private SpinBudget() {}

    /** The budget from {@value #PROPERTY}, else the default for this machine. */
    static int fromSystemProperty() {
        return parse(System.getProperty(PROPERTY), Runtime.getRuntime().availableProcessors());
    }

    static int parse(String value, int processors) {
        if (value == null || value.isBlank()) {
            return processors > 1 ? DEFAULT : 0;
        }
        try {
            int spins = Integer.parseInt(value.trim());
            if (spins >= 0) {
                return spins;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value and the property's name
        }
        throw new IllegalArgumentException(PROPERTY + " must be a whole number >= 0, got '" + value + "'");
    }
}

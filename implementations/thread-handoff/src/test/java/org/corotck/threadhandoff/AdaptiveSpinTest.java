package org.corotck.threadhandoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdaptiveSpinTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void startsAtTheCeiling() {
        assertEquals(1_000, new AdaptiveSpin(1_000).limit());
    }

    @Test
    void longWaitsHalveTheBudgetDownToNothing() {
        AdaptiveSpin spin = new AdaptiveSpin(1_000);
        spin.parked(SECOND);
        assertEquals(500, spin.limit());
        for (int i = 0; i < 20; i++) {
            spin.parked(SECOND); // an idle coroutine: stop burning a core for it
        }
        assertEquals(0, spin.limit());
    }

    @Test
    void shortParkedWaitsGrowItBackToTheCeilingAndNoFurther() {
        AdaptiveSpin spin = new AdaptiveSpin(1_000);
        for (int i = 0; i < 20; i++) {
            spin.parked(SECOND);
        }
        int rounds = 0;
        while (spin.limit() < 1_000) {
            spin.parked(1_000); // answered 1 µs after parking: a longer spin would have caught it
            rounds++;
        }
        assertTrue(rounds <= 11, "grows back by doubling: " + rounds + " rounds");
        spin.parked(1_000);
        assertEquals(1_000, spin.limit());
    }

    @Test
    void aZeroCeilingNeverSpins() {
        AdaptiveSpin spin = new AdaptiveSpin(0);
        spin.parked(1_000);
        assertEquals(0, spin.limit());
    }

    @Test
    void aParkedWaitIsShortUpToTwiceTheCeilingsSpinPlusAWakeUp() {
        long shortWait = 2L * 1_000 * AdaptiveSpin.NANOS_PER_SPIN + AdaptiveSpin.WAKE_NANOS;
        AdaptiveSpin spin = new AdaptiveSpin(1_000);
        spin.parked(SECOND);
        spin.parked(shortWait);
        assertEquals(1_000, spin.limit(), "a wait of exactly the threshold is short: the budget grows back");
        spin.parked(shortWait + 1);
        assertEquals(500, spin.limit(), "a wait just over it is long: the budget halves");
    }
}

package org.corotck.analysis.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShiftTest {
    @Test
    void anExactScalingIsFoundExactly() {
        double[] a = {100, 102, 98, 101, 99, 103, 97, 100};
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i] * 1.15;
        }
        Estimate e = Shift.ratio(a, b, 0.95);
        assertEquals(1.15, e.value(), 1e-9);
        assertTrue(e.low() <= 1.15 && 1.15 <= e.high(), e.toString());
        assertTrue(e.low() > 1.0, "a clear slowdown's interval excludes no change: " + e);
    }

    @Test
    void coverageOfTheRatio() {
        Random random = new Random(17);
        int covered = 0;
        int trials = 1500;
        for (int t = 0; t < trials; t++) {
            Estimate e = Shift.ratio(MannWhitneyTest.forks(random, 12, 100, 0.05),
                    MannWhitneyTest.forks(random, 12, 110, 0.05), 0.95);
            if (e.low() <= 1.10 && 1.10 <= e.high()) {
                covered++;
            }
        }
        double rate = covered / (double) trials;
        assertTrue(rate >= 0.93 && rate <= 0.98, "coverage " + rate);
    }

    @Test
    void tooFewSamplesHaveNoInterval() {
        assertFalse(Shift.ratio(new double[] {1, 2}, new double[] {3, 4}, 0.95).hasInterval());
    }

    @Test
    void aDifferenceOfSamplesThatMayBeZeroIsFound() {
        // CPU milliseconds per idle window, in 10 ms ticks: the second sample is 20 ms larger in every window
        double[] alone = {0, 10, 0, 0, 10, 0, 0, 10};
        double[] more = {20, 30, 20, 20, 30, 20, 20, 30};
        Estimate e = Shift.difference(alone, more, 0.95);
        assertEquals(20, e.value(), 1e-9);
        assertTrue(e.low() <= 20 && 20 <= e.high(), e.toString());
        assertTrue(e.low() > 0, "a shift by two ticks in every window excludes no change: " + e);
        assertEquals(-20, Shift.difference(more, alone, 0.95).value(), 1e-9, "the other way round, negative");
        Estimate oneTick = Shift.difference(alone, new double[] {10, 20, 10, 10, 20, 10, 10, 20}, 0.95);
        assertTrue(oneTick.low() <= 0, "one tick apart, windows that read 0 or 10 either way cannot exclude no change: "
                + oneTick);
    }

    @Test
    void coverageOfTheDifference() {
        Random random = new Random(23);
        int covered = 0;
        int trials = 1500;
        for (int t = 0; t < trials; t++) {
            double[] a = new double[8];
            double[] b = new double[8];
            for (int i = 0; i < 8; i++) {
                a[i] = 5 + random.nextGaussian();
                b[i] = 7 + random.nextGaussian();
            }
            Estimate e = Shift.difference(a, b, 0.95);
            if (e.low() <= 2 && 2 <= e.high()) {
                covered++;
            }
        }
        double rate = covered / (double) trials;
        assertTrue(rate >= 0.93 && rate <= 0.98, "coverage " + rate);
    }
}

package org.corotck.analysis.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3, OrderStatistics.median(new double[] {5, 1, 3}));
        assertEquals(2.5, OrderStatistics.median(new double[] {4, 1, 3, 2}));
        assertTrue(Double.isNaN(OrderStatistics.median(new double[0])));
    }

    @Test
    void interquartileRangeInterpolatesAsNumPyDoes() {
        // numpy.percentile([1..9], [25, 75]) = [3, 7]; of [1, 2, 3, 4]: [1.75, 3.25], median 2.5
        assertEquals(0.8, OrderStatistics.relativeInterquartileRange(new double[] {9, 1, 8, 2, 7, 3, 6, 4, 5}), 1e-12);
        assertEquals(0.6, OrderStatistics.relativeInterquartileRange(new double[] {4, 1, 3, 2}), 1e-12);
        // how wild the extremes are does not matter, only that they are extremes
        assertEquals(0.8, OrderStatistics.relativeInterquartileRange(new double[] {4, 1, 3, 2, 2.5, 5, -1}), 1e-12);
        assertEquals(0.8, OrderStatistics.relativeInterquartileRange(new double[] {4, 1, 3, 2, 2.5, 1000, -1000}), 1e-12);
    }

    @Test
    void sixSamplesAreTheFewestWithANinetyFivePercentInterval() {
        assertEquals(6, OrderStatistics.minimumSamples(0.95));
        assertFalse(OrderStatistics.medianInterval(new double[] {1, 2, 3, 4, 5}, 0.95).hasInterval(),
                "five samples cover the median with at most 1 - 2/32 = 93.75%");
        Estimate six = OrderStatistics.medianInterval(new double[] {6, 5, 4, 3, 2, 1}, 0.95);
        assertEquals(1, six.low());
        assertEquals(6, six.high());
        assertEquals(1 - 2 / 64.0, six.coverage(), 1e-12);
    }

    @Test
    void tenSamplesGiveTheSecondAndNinthOrderStatistics() {
        double[] xs = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        Estimate e = OrderStatistics.medianInterval(xs, 0.95);
        assertEquals(2, e.low(), "P(B(10,1/2) <= 1) = 11/1024 < 2.5%, P(B <= 2) = 56/1024 > 2.5%");
        assertEquals(9, e.high());
        assertEquals(1 - 2 * 11 / 1024.0, e.coverage(), 1e-12);
        assertEquals(5.5, e.value());
    }

    /** Whatever the distribution, the interval covers the true median at least as often as it claims. */
    @Test
    void coverageHoldsOnASkewedDistribution() {
        Random random = new Random(7);
        double trueMedian = Math.log(2); // of the exponential distribution with rate 1
        int covered = 0;
        int trials = 4000;
        for (int t = 0; t < trials; t++) {
            double[] xs = new double[12];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = -Math.log(1 - random.nextDouble());
            }
            Estimate e = OrderStatistics.medianInterval(xs, 0.95);
            if (e.low() <= trueMedian && trueMedian <= e.high()) {
                covered++;
            }
        }
        double rate = covered / (double) trials;
        assertTrue(rate >= 0.95 && rate <= 0.975, "claimed 96.1%, observed " + rate);
    }

    @Test
    void relativeHalfWidthIsTheWiderSide() {
        Estimate e = new Estimate(100, 97, 104, 12, 0.96);
        assertEquals(0.04, e.relativeHalfWidth(), 1e-12);
        assertTrue(e.atMost(104));
        assertFalse(e.atMost(103.9));
        assertTrue(e.above(96.9));
        assertFalse(e.above(97));
    }
}

package org.corotck.reports.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HolmTest {
    @Test
    void stepDownAdjustment() {
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adjusted, 1e-12);
    }

    @Test
    void untestedRowsStayOutOfTheFamily() {
        double[] adjusted = Holm.adjust(new double[] {0.01, Double.NaN, 0.02});
        assertEquals(0.02, adjusted[0], 1e-12);
        assertTrue(Double.isNaN(adjusted[1]));
        assertEquals(0.02, adjusted[2], 1e-12);
    }

    /** Thirty rows of two identical runs: some row flagged in at most about 5% of the comparisons. */
    @Test
    void familyWiseFalseAlarmsStayNearFivePercent() {
        Random random = new Random(23);
        int alarms = 0;
        int comparisons = 600;
        for (int c = 0; c < comparisons; c++) {
            double[] p = new double[30];
            for (int r = 0; r < p.length; r++) {
                p[r] = MannWhitney.pValue(MannWhitneyTest.forks(random, 12, 100, 0.03),
                        MannWhitneyTest.forks(random, 12, 100, 0.03));
            }
            double[] adjusted = Holm.adjust(p);
            for (double a : adjusted) {
                if (a < 0.05) {
                    alarms++;
                    break;
                }
            }
        }
        double rate = alarms / (double) comparisons;
        assertTrue(rate <= 0.07, "family-wise false alarms " + rate);
    }
}

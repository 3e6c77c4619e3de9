package org.corotck.analysis.stats;

import static org.junit.jupiter.api.Assertions.*;

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
}

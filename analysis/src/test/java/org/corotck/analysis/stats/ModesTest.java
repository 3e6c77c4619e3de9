package org.corotck.analysis.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModesTest {
    /** The raw spinning ping-pong: one fork at 202 ns and four at 1,022-1,362 ns. */
    @Test
    void oneFastForkAmongSlowOnesIsAModeOfOne() {
        List<Modes.Mode> modes = Modes.of(new double[] {1022, 202, 1362, 1100, 1250});
        assertEquals(2, modes.size(), modes.toString());
        assertEquals(1, modes.get(0).count());
        assertEquals(202, modes.get(0).median());
        assertEquals(4, modes.get(1).count());
        assertEquals(1022, modes.get(1).min());
        assertEquals(1362, modes.get(1).max());
    }

    @Test
    void twoRunsInDifferentMachineStatesAreTwoModes() {
        double[] xs = {207, 231, 256, 219, 240, 1082, 1399, 1210, 1150, 1300};
        List<Modes.Mode> modes = Modes.of(xs);
        assertEquals(List.of(5, 5), modes.stream().map(Modes.Mode::count).toList());
    }

    @Test
    void threeModes() {
        double[] xs = {10, 10.5, 11, 30, 31, 29, 100, 104, 98};
        assertEquals(3, Modes.of(xs).size());
    }

    /** Forks of one mode spread by a few percent: never split. */
    @Test
    void unimodalForksAreOneMode() {
        Random random = new Random(29);
        for (int t = 0; t < 2000; t++) {
            double[] xs = MannWhitneyTest.forks(random, 12, 100, 0.05);
            assertEquals(1, Modes.of(xs).size(), () -> java.util.Arrays.toString(xs));
        }
    }

    @Test
    void aSingleForkIsOneMode() {
        assertEquals(1, Modes.of(new double[] {5}).size());
        assertFalse(Modes.multimodal(new double[] {5, 5.1}));
    }
}

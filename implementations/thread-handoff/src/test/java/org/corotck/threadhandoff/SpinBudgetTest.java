package org.corotck.threadhandoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpinBudgetTest {
    @Test
    void defaultsToSpinningOnlyWhenAnotherProcessorCanAnswer() {
        assertEquals(SpinBudget.DEFAULT, SpinBudget.parse(null, 2));
        assertEquals(0, SpinBudget.parse(" ", 1));
    }

    @Test
    void propertyOverridesTheDefault() {
        assertEquals(0, SpinBudget.parse("0", 8));
        assertEquals(5, SpinBudget.parse(" 5 ", 1));
    }

    @Test
    void rejectsWhatIsNotACount() {
        assertThrows(IllegalArgumentException.class, () -> SpinBudget.parse("-1", 2));
        assertThrows(IllegalArgumentException.class, () -> SpinBudget.parse("lots", 2));
    }

    @Test
    void theBackendsReadTheSystemProperty() {
        String previous = System.getProperty(SpinBudget.PROPERTY);
        try {
            System.setProperty(SpinBudget.PROPERTY, "7");
            assertEquals(7, SpinBudget.fromSystemProperty());
            System.clearProperty(SpinBudget.PROPERTY);
            assertEquals(SpinBudget.parse(null, Runtime.getRuntime().availableProcessors()), SpinBudget.fromSystemProperty());
        } finally {
            if (previous != null) {
                System.setProperty(SpinBudget.PROPERTY, previous);
            }
        }
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every knob reads its property, falls back to its default, and refuses a bad value naming itself. */
class TckSettingsTest {
    private static final String PROPERTY = TckSettings.STRESS_ROUNDS.property();

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void aKnobReadsItsPropertyAtEachUse() {
        assertEquals(200, TckSettings.stressRounds());
        System.setProperty(PROPERTY, " 7 ");
        assertEquals(7, TckSettings.stressRounds());
        assertTrue(TckSettings.describe().contains("corotck.stressRounds=7 (default 200)"), TckSettings.describe());
    }

    @Test
    void aBadValueIsRefusedNamingThePropertyAndTheEnvironmentVariable() {
        System.setProperty(PROPERTY, "many");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, TckSettings::stressRounds);
        assertEquals("corotck.stressRounds (or COROTCK_STRESS_ROUNDS) must be a positive whole number, got 'many'", e.getMessage());
    }

    @Test
    void everyKnobHasAPropertyAndAnEnvironmentVariable() {
        for (TckSettings.Knob k : TckSettings.all()) {
            assertTrue(k.environment().equals(k.environment().toUpperCase(java.util.Locale.ROOT)), k.toString());
            assertTrue(!k.property().isBlank() && !k.fallback().isBlank(), k.toString());
        }
    }
}

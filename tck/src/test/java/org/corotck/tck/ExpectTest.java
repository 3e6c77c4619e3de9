package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The failure messages of {@link Expect} when a call that should have thrown returned instead. */
class ExpectTest {

    @Test
    void throwsExactlyNamesTheExpectedTypeAndWhatCameBack() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Expect.throwsExactly("12.3", IllegalStateException.class, () -> 42));
        assertEquals("rule 12.3: expected java.lang.IllegalStateException, but the call returned 42 (java.lang.Integer)",
                e.getMessage());
    }

    @Test
    void throwsExactlyOfAVoidCallNamesTheExpectedType() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Expect.throwsExactly("12.3", IllegalStateException.class, () -> { }));
        assertEquals("rule 12.3: expected java.lang.IllegalStateException, but the call returned normally", e.getMessage());
    }

    @Test
    void throwsSameNamesTheInstanceItsMessageAndWhatCameBack() {
        RuntimeException expected = new IllegalArgumentException("thrown in");
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Expect.throwsSame("6.1", expected, () -> null));
        assertEquals("rule 6.1: expected the same instance java.lang.IllegalArgumentException: thrown in, but the call returned null",
                e.getMessage());
    }

    @Test
    void thrownAndExhaustedShowWhatCameBack() {
        AssertionFailedError thrown = assertThrows(AssertionFailedError.class, () -> Expect.thrown("7.6", () -> "yielded"));
        assertEquals("rule 7.6: expected an exception, but the call returned yielded (java.lang.String)", thrown.getMessage());
        AssertionFailedError exhausted = assertThrows(AssertionFailedError.class, () -> Expect.exhausted("4.1", () -> 'x'));
        assertEquals("rule 4.1: expected CoroutineExhaustedException, but the call returned x (java.lang.Character)",
                exhausted.getMessage());
    }

    @Test
    void aLongValueIsCutAndKeptOnOneLine() {
        String longValue = "line\n" + "y".repeat(1000);
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Expect.throwsExactly("12.3", IllegalStateException.class, () -> longValue));
        String message = e.getMessage();
        assertTrue(message.startsWith("rule 12.3: expected java.lang.IllegalStateException, but the call returned line\\nyyy"), message);
        assertTrue(message.endsWith("yyy... (1005 characters) (java.lang.String)"), message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.length() < 400, message);
    }

    @Test
    void theExpectedExceptionIsStillReturned() {
        IllegalStateException e = Expect.throwsExactly("12.3", IllegalStateException.class, () -> {
            throw new IllegalStateException("as expected");
        });
        assertEquals("as expected", e.getMessage());
    }
}

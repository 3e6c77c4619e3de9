package org.corotck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Coroutines#setUnraisableHandler} and {@link Coroutines#reportUnraisable} alone (rule 10.6). */
class UnraisableHandlerTest {

    @AfterEach
    void restoreTheDefault() {
        Coroutines.setUnraisableHandler(null);
    }

    @Test
    void theHandlerReceivesEachReport() {
        List<Throwable> got = new ArrayList<>();
        Coroutines.setUnraisableHandler(got::add);
        IllegalStateException a = new IllegalStateException("a");
        Coroutines.reportUnraisable(a);
        assertEquals(List.of(a), got);
    }

    @Test
    void nullRestoresTheDefaultWhichPrintsToStandardError() {
        Coroutines.setUnraisableHandler(e -> { });
        Coroutines.setUnraisableHandler(null);
        String printed = capturingStandardError(() -> Coroutines.reportUnraisable(new IllegalStateException("printed by default")));
        assertTrue(printed.contains("IllegalStateException: printed by default"), printed);
    }

    @Test
    void aFailingHandlerIsPrintedAndLaterReportsStillReachIt() {
        List<Throwable> got = new ArrayList<>();
        Coroutines.setUnraisableHandler(e -> {
            got.add(e);
            if (got.size() == 1) {
                throw new UnsupportedOperationException("handler failed");
            }
        });
        IllegalStateException first = new IllegalStateException("first");
        String printed = capturingStandardError(() -> Coroutines.reportUnraisable(first));
        assertTrue(printed.contains("handler failed"), printed);
        IllegalStateException second = new IllegalStateException("second");
        Coroutines.reportUnraisable(second);
        assertSame(second, got.get(1));
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream previous = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(previous);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package org.corotck.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What is particular to backend {@code threads}; ThreadsTckTest checks every rule. */
class ThreadsBackendTest {
    @Test
    void stackSizePropertyIsBytesAndDefaultsTo8Mb() {
        assertEquals(8L << 20, ThreadsBackend.stackSize(null));
        assertEquals(8L << 20, ThreadsBackend.stackSize(" "));
        assertEquals(4096, ThreadsBackend.stackSize("4096"));
        assertEquals(1, ThreadsBackend.stackSize(" 1 "));
        assertThrows(IllegalArgumentException.class, () -> ThreadsBackend.stackSize("16m"));
        assertThrows(IllegalArgumentException.class, () -> ThreadsBackend.stackSize("0"));
        assertThrows(IllegalArgumentException.class, () -> ThreadsBackend.stackSize("-4096"));
    }
}

package org.corotck.threads;

import org.corotck.threadhandoff.HandoffBackend;

/**
 * Backend {@code threads}: each body runs on a platform thread of its own, handed off with park/unpark
 * (see {@link HandoffBackend} for the rules it carries).
 *
 * <p>Body threads get a large stack so that a body can yield from deep recursion (rule 11.7): system
 * property {@value #STACK_SIZE_PROPERTY}, in bytes, default 8 MB. A yield from 10,000 frames of plain
 * recursion, interpreted, needs about 1.1 MB on JDK 25 (x64); 8 MB leaves room for fatter frames. A
 * platform thread's stack is reserved address space, committed only as deep as it is used.
 */
public final class ThreadsBackend extends HandoffBackend {
    public static final String STACK_SIZE_PROPERTY = "corotck.threads.stackSize";
    public static final long DEFAULT_STACK_SIZE = 8L << 20;

    public ThreadsBackend() {
        super("threads", Thread.ofPlatform().stackSize(stackSize(System.getProperty(STACK_SIZE_PROPERTY))));
    }

    /**
     * One platform thread per suspended coroutine: beyond about 10,000 each thread creation and round trip
     * takes milliseconds here, and vm.max_map_count stops platform threads near 32,000.
     */
    @Override
    public long liveCoroutineHint() {
        return 10_000;
    }

    static long stackSize(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_STACK_SIZE;
        }
        try {
            long size = Long.parseLong(value.trim());
            if (size > 0) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value and the property's name
        }
        throw new IllegalArgumentException(STACK_SIZE_PROPERTY + " must be a number of bytes > 0, got '" + value + "'");
    }
}

package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The thread dump of a hang: every thread, the one that matters first. */
class ThreadDumpsTest {
    private static final String HEADER = "---- thread dump ----\n";

    @Test
    void theGivenThreadComesFirstAndEveryOtherStillFollows() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Thread waiting = Thread.ofPlatform().daemon().name("corotck-dumped-first").start(() -> {
            started.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS));
            String dump = ThreadDumps.all(waiting);
            assertTrue(dump.startsWith(HEADER + "\"corotck-dumped-first\" "), dump);
            assertTrue(dump.contains("\"" + Thread.currentThread().getName() + "\""), "the other threads follow: " + dump);
            assertTrue(dump.endsWith("---- end of thread dump ----"), dump);
            assertEquals(dump.indexOf("\"corotck-dumped-first\""), dump.lastIndexOf("\"corotck-dumped-first\""),
                    "printed once: " + dump);
            assertTrue(ThreadDumps.all().contains("\"corotck-dumped-first\""), "all() still dumps it");
        } finally {
            release.countDown();
            waiting.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    @Test
    void withNoThreadGivenTheDumpIsAsBefore() {
        String dump = ThreadDumps.all(null);
        assertTrue(dump.startsWith(HEADER) && dump.endsWith("---- end of thread dump ----"), dump);
        assertTrue(dump.contains("\"" + Thread.currentThread().getName() + "\""), dump);
    }
}

package org.corotck.tck;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The platform threads alive now, for leak checks in the JSR166 TCK's manner: take a snapshot before,
 * and after the coroutines closed wait until no thread remains that was not in it. Threads the JDK starts
 * for itself (virtual-thread carriers, the common Cleaner, the attach listener) are infrastructure that
 * outlives any one coroutine by design and do not count.
 */
public final class LiveThreads {
    private static final Pattern JDK_INFRASTRUCTURE = Pattern.compile(
            "ForkJoinPool-\\d+-worker-\\d+|ForkJoinPool-\\d+-delayScheduler|VirtualThread-unblocker|Cleaner-\\d+|ForkJoinPool\\.commonPool-worker-\\d+|Common-Cleaner|Attach Listener"
                    + "|process reaper|Notification Thread|Signal Dispatcher|VirtualThread-unparker|Read-Poller|Write-Poller");

    private LiveThreads() {}

    public static Set<Thread> snapshot() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    /** Live platform threads that are not in {@code baseline} and not JDK infrastructure. */
    public static List<Thread> startedSince(Set<Thread> baseline) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !baseline.contains(t) && !JDK_INFRASTRUCTURE.matcher(t.getName()).matches())
                .toList();
    }

    /** How many of {@code threads} are alive. */
    public static long alive(Collection<Thread> threads) {
        return threads.stream().filter(Thread::isAlive).count();
    }

    /** Waits, within the operation bound, until every platform thread started since {@code baseline} ended. */
    public static void awaitNoneStartedSince(String rule, Set<Thread> baseline) {
        Timeouts.await(rule, Timeouts.OPERATION, () -> startedSince(baseline).isEmpty(),
                () -> "platform threads started since the baseline to end: " + startedSince(baseline));
    }
}

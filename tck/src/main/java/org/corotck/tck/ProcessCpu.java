package org.corotck.tck;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.opentest4j.AssertionFailedError;

/**
 * The CPU time this JVM uses, to see that something stopped running: not a measure of speed, only of
 * "busy" against "quiet". HotSpot's process CPU time when available, else the sum over live threads.
 */
final class ProcessCpu {
    /** One look at the process: how long. Long enough that a body spinning on a core shows. */
    static final Duration WINDOW = Duration.ofMillis(500);
    /**
     * Quiet: less than a quarter of one processor over a window, where a spinning body takes most of one even
     * on a machine shared with other processes, and an idle JVM a few percent.
     */
    static final double QUIET_SHARE = 0.25;

    private ProcessCpu() {}

    static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot && hotspot.getProcessCpuTime() >= 0) {
            return hotspot.getProcessCpuTime();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getAllThreadIds()).map(threads::getThreadCpuTime).filter(t -> t > 0).sum();
    }

    /**
     * Waits, within {@code bound} (scaled), for one window in which the process used less than
     * {@link #QUIET_SHARE} of a processor; fails naming the rule, the CPU used in each window, and every
     * thread's stack.
     */
    static void awaitQuiet(String rule, Duration bound, String what) {
        long deadline = System.nanoTime() + Math.max(Timeouts.scaled(bound).toNanos(), 4 * WINDOW.toNanos());
        StringBuilder windows = new StringBuilder();
        while (true) {
            long cpu = nanos();
            long wall = System.nanoTime();
            try {
                Thread.sleep(WINDOW.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("rule " + rule + ": interrupted while measuring the CPU used");
            }
            double share = (double) (nanos() - cpu) / (System.nanoTime() - wall);
            if (share < QUIET_SHARE) {
                return;
            }
            windows.append(String.format(Locale.ROOT, " %.2f", share));
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionFailedError(String.format(Locale.ROOT,
                        "rule %s: the process never went quiet after %s: processors busy in each %d ms window:%s%n%s",
                        rule, what, WINDOW.toMillis(), windows, ThreadDumps.all()));
            }
        }
    }
}

package org.corotck.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;

/**
 * The CPU an idle process burns while N coroutines sit suspended: a waiting side that spun past its budget
 * must have parked. Each coroutine is primed and sent one value (so every body has just waited through its
 * spin), then the process sleeps through several idle windows and reads two clocks over each: the process's
 * CPU time, which moves in clock ticks (10 ms here) and includes the JVM's own threads, and the CPU time of its
 * Java threads, to the nanosecond, which is where a backend's threads spin if they do. The first windows have no
 * coroutine (the JVM alone), the next N parked threads and no coroutine, platform then virtual: the thread
 * backends' raw mechanism at rest, since a JVM spends CPU on each of its threads while they sleep (its
 * handshakes walk them). Prints one line per window:
 * {@code idle <backend> n=<N> window=<i> seconds=<S> cpuMillis=<ms> javaThreadsCpuMicros=<us> ok=true}, or one
 * line {@code idle <backend> n=<N> ... ok=false <error>} when the backend failed.
 *
 * <p>Why several windows: one window is one draw of the JVM's housekeeping; the report takes the shift between
 * the windows with coroutines and those without, with its interval, as it does for any other measurement.
 * Run: java -cp benchmarks.jar org.corotck.benchmarks.IdleCpu 10000 5 1 threads virtual-threads
 */
public final class IdleCpu {
    private IdleCpu() {}

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The CPU time of every Java thread but the caller, to the nanosecond: the threads a backend runs (its
     * coroutines' threads, the carriers of its virtual threads) and none of the JVM's own (compiler, collector,
     * service threads), which the process's time includes, in clock ticks.
     */
    static long javaThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().threadId();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long nanos = id == self ? -1 : threads.getThreadCpuTime(id);
            if (nanos > 0) { // -1: the thread ended meanwhile, or it is this one
                sum += nanos;
            }
        }
        return sum;
    }

    /**
     * One idle window: the process's CPU milliseconds but what this thread spent reading the clocks, and its
     * other Java threads' CPU microseconds.
     */
    record Window(long processMillis, long javaThreadsMicros) {}

    /** Each of {@code windows} sleeps of {@code seconds}, after half a second to settle. */
    static List<Window> idleWindows(int windows, double seconds) throws InterruptedException {
        Thread.sleep(500); // let the last spins (20 µs at most) run out and the JIT settle
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Window> out = new ArrayList<>(windows);
        long self = threads.getCurrentThreadCpuTime();
        long process = processCpuNanos();
        long java = javaThreadsCpuNanos();
        for (int w = 0; w < windows; w++) {
            Thread.sleep(Math.round(seconds * 1000));
            long javaAfter = javaThreadsCpuNanos(); // reading 10,000 threads' clocks takes this thread ~50 ms
            long processAfter = processCpuNanos();
            long selfAfter = threads.getCurrentThreadCpuTime();
            out.add(new Window((processAfter - process - (selfAfter - self)) / 1_000_000, (javaAfter - java) / 1_000));
            self = selfAfter;
            process = processAfter;
            java = javaAfter;
        }
        return out;
    }

    static void print(String name, int n, double seconds, List<Window> windows) {
        for (int w = 0; w < windows.size(); w++) {
            System.out.printf(Locale.ROOT, "idle %s n=%d window=%d seconds=%s cpuMillis=%d javaThreadsCpuMicros=%d ok=true%n",
                    name, n, w + 1, seconds, windows.get(w).processMillis(), windows.get(w).javaThreadsMicros());
        }
    }

    /**
     * The raw mechanism of the thread backends at rest: N threads parked, no coroutine. What a JVM spends on its
     * threads while they sleep (its handshakes and monitor deflation walk every thread) is in these windows too,
     * so a backend measured against them is judged on what it adds, not on what the JVM costs per thread.
     */
    enum RawParked {
        PLATFORM("raw-parked-platform", Thread.ofPlatform().daemon()),
        VIRTUAL("raw-parked-virtual", Thread.ofVirtual());

        final String key;
        private final Thread.Builder builder;

        RawParked(String key, Thread.Builder builder) {
            this.key = key;
            this.builder = builder;
        }

        List<Thread> start(int n) {
            List<Thread> threads = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                threads.add(builder.start(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        LockSupport.park();
                    }
                }));
            }
            return threads;
        }

        static void stop(List<Thread> threads) throws InterruptedException {
            threads.forEach(Thread::interrupt);
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: IdleCpu COROUTINES WINDOWS SECONDS_PER_WINDOW [BACKEND...]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        int windows = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        List<String> names = args.length > 3 ? List.of(args).subList(3, args.length)
                : Backends.all().stream().map(Backend::name).toList();
        Thread.sleep(2000); // the JVM's own start-up work (class loading, the JIT) runs out first
        print("none", 0, seconds, idleWindows(windows, seconds));
        for (RawParked raw : RawParked.values()) {
            List<Thread> parked = raw.start(n);
            try {
                print(raw.key, n, seconds, idleWindows(windows, seconds));
            } finally {
                RawParked.stop(parked);
            }
        }
        for (String name : names) {
            Backend backend = Backends.byName(name);
            if (n > backend.liveCoroutineHint()) {
                System.out.printf("idle %s n=%d skipped: the backend holds about %d live coroutines%n", name, n,
                        backend.liveCoroutineHint());
                continue;
            }
            List<Coroutine<Double, Double>> live = new ArrayList<>(n);
            try {
                for (int i = 0; i < n; i++) {
                    live.add(Coroutines.prime(Bodies.averager(backend, BodyForm.STATE_MACHINE)));
                }
                for (Coroutine<Double, Double> c : live) {
                    c.send(1.0);
                }
                print(name, live.size(), seconds, idleWindows(windows, seconds));
            } catch (RuntimeException | Error e) {
                System.out.printf("idle %s n=%d seconds=%s cpuMillis=-1 ok=false %s%n", name, live.size(), seconds, e);
            } finally {
                Bodies.closeAll(live);
            }
        }
    }
}

package org.corotck.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;

/**
 * The CPU an idle process burns while N coroutines sit suspended: a waiting side that spun past its budget
 * must have parked. Each coroutine is primed and sent one value (so every body has just waited through its
 * spin), then the process sleeps and its CPU time over the idle window is read. The first line is the same
 * window with no coroutines, the JVM's own background cost. Prints one line per backend:
 * {@code idle <backend> n=<N> seconds=<S> cpuMillis=<ms> ok=<true|false>}.
 * Run: java -cp benchmarks.jar org.corotck.benchmarks.IdleCpu 10000 5 threads virtual-threads
 */
public final class IdleCpu {
    private IdleCpu() {}

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long idleCpuMillis(int seconds) throws InterruptedException {
        Thread.sleep(1000); // let the last spins run out and the JIT settle
        long before = processCpuNanos();
        Thread.sleep(seconds * 1000L);
        return (processCpuNanos() - before) / 1_000_000;
    }

    public static void main(String[] args) throws InterruptedException {
        int n = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        List<String> names = args.length > 2 ? List.of(args).subList(2, args.length)
                : Backends.all().stream().map(Backend::name).toList();
        System.out.printf("idle none n=0 seconds=%d cpuMillis=%d ok=true%n", seconds, idleCpuMillis(seconds));
        for (String name : names) {
            Backend backend = Backends.byName(name);
            if (n > backend.liveCoroutineHint()) {
                System.out.printf("idle %s n=%d skipped: the backend holds about %d live coroutines%n", name, n,
                        backend.liveCoroutineHint());
                continue;
            }
            List<Coroutine<Double, Double>> live = new ArrayList<>(n);
            String error = "";
            long millis = -1;
            try {
                for (int i = 0; i < n; i++) {
                    live.add(Coroutines.prime(Bodies.averager(backend, BodyForm.STATE_MACHINE)));
                }
                for (Coroutine<Double, Double> c : live) {
                    c.send(1.0);
                }
                millis = idleCpuMillis(seconds);
            } catch (RuntimeException | Error e) {
                error = e.toString();
            } finally {
                Bodies.closeAll(live);
            }
            System.out.printf("idle %s n=%d seconds=%d cpuMillis=%d ok=%s %s%n", name, live.size(), seconds, millis,
                    error.isEmpty(), error);
        }
    }
}

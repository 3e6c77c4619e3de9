package org.corotck.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.corotck.spec.spi.Capability;

/**
 * Bytes retained per suspended coroutine: heap used after GC with N primed averagers alive, minus the
 * heap with N bare averager bodies alive, divided by N, for each backend and each body form it runs, each after
 * {@link #WARM_UP} coroutines of that backend and form were made and closed. Prints one
 * line per backend and form: {@code footprint <backend>:<form> n=<N> bytesPerCoroutine=<B> beyondBody=<B> ok=<true|false>}.
 * Run: java --add-exports java.base/jdk.internal.vm=ALL-UNNAMED -Xss2m -Xmx4g -cp benchmarks.jar
 *      org.corotck.benchmarks.Footprint 1000000 continuation virtual-threads state-machine
 */
public final class Footprint {
    /**
     * Coroutines made, primed and closed before each measurement, so that the measured ones are suspended in
     * compiled code: frames frozen while the body still ran in the interpreter take more room (continuation's
     * stackful averager measured alone: 582-632 B beyond the body without this warm-up, 388 B with it, three JVMs
     * each). What remains differs from one JVM to the next with the frames its JIT compiled (465-1,242 B in the six
     * JVMs of one main job), so the main job runs this main in several JVMs and the report takes their median.
     */
    static final int WARM_UP = 20_000;

    private Footprint() {}

    static long usedAfterGc() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    static double perObject(int n, Supplier<Object> factory, List<Object> keep) {
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            keep.add(factory.get());
        }
        long after = usedAfterGc();
        return (after - before) / (double) n;
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length)
                : Backends.all().stream().map(Backend::name).toList();
        List<Object> keep = new ArrayList<>(n);
        double body = perObject(n, Bodies.AveragerMachine::new, keep);
        keep.clear();
        keep = new ArrayList<>(n);
        System.out.printf("footprint body n=%d bytesPerObject=%.1f%n", n, body);
        for (String name : names) {
            Backend backend = BackendBenchmark.resolve(name);
            if (n > backend.liveCoroutineHint()) {
                System.out.printf("footprint %s n=%d skipped: the backend holds about %d live coroutines%n", name, n,
                        backend.liveCoroutineHint());
                continue;
            }
            for (BodyForm form : BodyForm.values()) {
                if (form == BodyForm.STACKFUL && !backend.capabilities().contains(Capability.STACKFUL)) {
                    continue;
                }
                measure(backend, form, n, body);
            }
        }
    }

    /** One line, {@code footprint <backend>:<form> n=... beyondBody=... ok=...}: the averager in that body form. */
    private static void measure(Backend backend, BodyForm form, int n, double body) {
        List<Object> live = new ArrayList<>(n);
        double total;
        boolean ok = true;
        String error = "";
        try {
            for (int i = 0; i < WARM_UP; i++) {
                Coroutines.prime(Bodies.averager(backend, form)).close();
            }
            total = perObject(n, () -> Coroutines.prime(Bodies.averager(backend, form)), live);
        } catch (Throwable e) {
            ok = false;
            error = e.toString();
            total = Double.NaN;
        }
        System.out.printf("footprint %s:%s n=%d bytesPerCoroutine=%.1f beyondBody=%.1f heapMaxMB=%d ok=%s %s%n",
                backend.name(), form.key(), n, total, total - body, Runtime.getRuntime().maxMemory() >> 20, ok, error);
        for (Object o : live) {
            ((Coroutine<?, ?>) o).close();
        }
        live.clear();
    }
}

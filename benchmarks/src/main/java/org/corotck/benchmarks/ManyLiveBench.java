package org.corotck.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.openjdk.jmh.annotations.*;

/**
 * N live suspended averagers resumed round-robin; the score is per send. The threads backend is capped at
 * 1,000 live coroutines: 100,000 platform threads is beyond this kind of machine (vm.max_map_count stops
 * platform threads near 32k, and each costs ~21 KB outside the heap), so that pair is skipped with a reason.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss2m",
        "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ManyLiveBench {
    public static final int THREADS_CAP = 1000;

    @Param({"threads", "virtual-threads", "continuation", "state-machine"})
    public String backend;

    @Param({"1", "1000", "100000"})
    public int live;

    List<Coroutine<Double, Double>> coroutines;
    Coroutine<Double, Double>[] ring;
    int next;

    @SuppressWarnings("unchecked")
    @Setup(Level.Trial)
    public void setUp() {
        Backend impl = Backends.byName(backend);
        if (backend.equals("threads") && live > THREADS_CAP) {
            throw new UnsupportedOperationException("threads backend capped at " + THREADS_CAP
                    + " live coroutines: one platform thread each");
        }
        coroutines = new ArrayList<>(live);
        for (int i = 0; i < live; i++) {
            coroutines.add(Coroutines.prime(Bodies.averager(impl, Bodies.Form.machine)));
        }
        ring = coroutines.toArray(new Coroutine[0]);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Bodies.closeAll(coroutines);
        coroutines.clear();
        ring = null;
    }

    @Benchmark
    public Double roundRobinSend() {
        int i = next;
        next = i + 1 == ring.length ? 0 : i + 1;
        return ring[i].send(1.0);
    }
}

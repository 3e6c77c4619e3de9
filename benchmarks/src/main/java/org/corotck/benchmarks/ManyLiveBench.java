package org.corotck.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backend;
import org.openjdk.jmh.annotations.*;

/**
 * N live suspended averagers resumed round-robin; the score is per send. A backend that declares it holds
 * fewer live coroutines ({@link Backend#liveCoroutineHint()}, for example one platform thread each) fails
 * the larger sizes' setup with that reason.
 */
public class ManyLiveBench extends BackendBenchmark {
    @Param({"1", "1000", "100000"})
    public int live;

    List<Coroutine<Double, Double>> coroutines;
    Coroutine<Double, Double>[] ring;
    int next;

    @SuppressWarnings("unchecked")
    @Setup(Level.Trial)
    public void setUp() {
        Backend impl = resolve(backend);
        requireLive(impl, live);
        coroutines = new ArrayList<>(live);
        for (int i = 0; i < live; i++) {
            coroutines.add(Coroutines.prime(Bodies.averager(impl, BodyForm.STATE_MACHINE)));
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

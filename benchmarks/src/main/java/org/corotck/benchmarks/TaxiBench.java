package org.corotck.benchmarks;

import java.util.concurrent.TimeUnit;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.openjdk.jmh.annotations.*;

/**
 * The whole-program workload: the taxi simulation with N taxis, 3 trips each, run to the end. Score per
 * simulation. The threads backend is capped at 1,000 taxis (one platform thread each).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss2m",
        "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TaxiBench {
    @Param({"threads", "virtual-threads", "continuation", "state-machine"})
    public String backend;

    @Param({"10", "1000", "100000"})
    public int taxis;

    @Param({"machine"})
    public Bodies.Form form;

    Backend impl;

    @Setup(Level.Trial)
    public void setUp() {
        impl = Backends.byName(backend);
        if (backend.equals("threads") && taxis > ManyLiveBench.THREADS_CAP) {
            throw new UnsupportedOperationException("threads backend capped at " + ManyLiveBench.THREADS_CAP
                    + " taxis: one platform thread each");
        }
    }

    @Benchmark
    public long simulate() {
        return TaxiSim.run(impl, form, taxis, 3, 42);
    }
}

package org.corotck.benchmarks;

import java.util.concurrent.TimeUnit;
import org.corotck.spec.BodyForm;
import org.corotck.spec.spi.Backend;
import org.openjdk.jmh.annotations.*;

/**
 * The whole-program workload: the taxi simulation with N taxis, 3 trips each, run to the end. Score per
 * simulation. A backend that declares it holds fewer live coroutines is skipped for the larger sizes.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TaxiBench extends BackendBenchmark {
    @Param({"10", "1000", "100000"})
    public int taxis;

    /** {@link BodyForm#key()}. */
    @Param({"machine"})
    public String form;

    Backend impl;

    @Setup(Level.Trial)
    public void setUp() {
        impl = resolve(backend);
        requireLive(impl, taxis);
    }

    @Benchmark
    public long simulate() {
        return TaxiSim.run(impl, BodyForm.ofKey(form), taxis, 3, 42);
    }
}

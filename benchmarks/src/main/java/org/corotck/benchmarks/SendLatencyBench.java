package org.corotck.benchmarks;

import java.util.concurrent.TimeUnit;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backends;
import org.openjdk.jmh.annotations.*;

/**
 * The distribution of one send round trip, sampled: the median and tail that an average hides. The handoff
 * targets are stated as a median ({@code p0.50} in the JSON's {@code scorePercentiles}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss2m",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SendLatencyBench {
    @Param({"threads", "virtual-threads", "continuation", "state-machine"})
    public String backend;

    Coroutine<Double, Double> averager;
    double term;

    @Setup(Level.Trial)
    public void setUp() {
        averager = Coroutines.prime(Bodies.averager(Backends.byName(backend), Bodies.Form.machine));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        averager.close();
    }

    @Benchmark
    public Double send() {
        return averager.send(term += 1.0);
    }
}

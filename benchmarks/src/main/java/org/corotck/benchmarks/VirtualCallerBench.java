package org.corotck.benchmarks;

import java.util.concurrent.TimeUnit;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backends;
import org.openjdk.jmh.annotations.*;

/** send on a primed averager with a virtual thread as the caller, to compare with Baselines.parkUnparkVirtualCaller. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss2m",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class VirtualCallerBench {
    @Param({"threads", "virtual-threads", "continuation", "state-machine"})
    public String backend;

    Coroutine<Double, Double> averager;

    @Setup(Level.Trial)
    public void setUp() {
        averager = Coroutines.prime(Bodies.averager(Backends.byName(backend), Bodies.Form.machine));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        averager.close();
    }

    @Benchmark
    @OperationsPerInvocation(VirtualCaller.BATCH)
    public double sendVirtualCaller() throws Exception {
        return VirtualCaller.run(() -> {
            double r = 0;
            for (int i = 0; i < VirtualCaller.BATCH; i++) {
                r += averager.send((double) i);
            }
            return r;
        });
    }
}

package org.corotck.benchmarks;

import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.openjdk.jmh.annotations.*;

/** send on a primed averager with a virtual thread as the caller, to compare with Baselines.parkUnparkVirtualCaller. */
public class VirtualCallerBench extends BackendBenchmark {
    Coroutine<Double, Double> averager;

    @Setup(Level.Trial)
    public void setUp() {
        averager = Coroutines.prime(Bodies.averager(resolve(backend), BodyForm.STATE_MACHINE));
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

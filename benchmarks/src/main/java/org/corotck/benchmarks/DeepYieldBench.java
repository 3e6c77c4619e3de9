package org.corotck.benchmarks;

import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.openjdk.jmh.annotations.*;

/**
 * A send to a stackful body that yields from {@code depth} nested Java calls: what a resume costs when the
 * yield is deep. A thread backend or a continuation resumes the innermost frame whatever the depth; the
 * instrumented backend re-enters every frame down to the yield, so its cost grows with the depth (issue 17
 * asks for it measured). A backend that is not stackful fails the trial at once, with the reason.
 *
 * <p>Its forks get BenchmarkBase's flags with a 16 MB stack: 10,000 frames, interpreted at first, do not fit
 * in the 2 MB the other benchmarks use (only this fork reserves it, not the 10,000 threads of ManyLiveBench).
 */
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss16m", "-Xms1g", "-Xmx1g", "-Xmn64m",
        "-XX:+UseParallelGC", "-Dcorotck.instrumented.attach=true", "-XX:+EnableDynamicAgentLoading"})
public class DeepYieldBench extends BackendBenchmark {
    @Param({"1", "10000"})
    public int depth;

    Coroutine<Double, Double> deep;
    double term;

    @Setup(Level.Trial)
    public void setUp() {
        Backend impl = resolve(backend);
        if (!impl.capabilities().contains(Capability.STACKFUL)) {
            throw new UnsupportedOperationException("backend " + backend + " is not stackful: DeepYieldBench skipped");
        }
        int d = depth;
        deep = Coroutines.prime(impl.<Double, Double>stackful(y -> descend(y, d)));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        deep.close();
    }

    /** Calls itself down to {@code depth} frames, then echoes every value sent, yielding from there. */
    static Object descend(Yielder<Double, Double> y, int depth) {
        if (depth > 1) {
            return descend(y, depth - 1);
        }
        Double last = 0.0;
        while (true) {
            last = y.yield(last);
        }
    }

    /** send to the body suspended {@code depth} frames deep. */
    @Benchmark
    public Double sendAtDepth() {
        return deep.send(term += 1.0);
    }
}

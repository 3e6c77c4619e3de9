package org.corotck.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One round trip of each operation, per backend and body form. A backend that is not stackful is skipped
 * for {@code form=stackful} (the trial fails fast with the reason; the run script excludes the pair).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss2m",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CoroutineBench {
    @Param({"threads", "virtual-threads", "continuation", "state-machine"})
    public String backend;

    @Param({"machine", "stackful"})
    public Bodies.Form form;

    Backend impl;
    Coroutine<Double, Double> averager;
    Coroutine<Object, Object> catcher;
    Coroutine<Double, Double> depth1;
    Coroutine<Double, Double> depth10;
    final List<Coroutine<?, ?>> all = new ArrayList<>();
    final RuntimeException toThrow = new RuntimeException("thrown into the body", null, false, false) {};
    double term;

    @Setup(Level.Trial)
    public void setUp() {
        impl = Backends.byName(backend);
        if (form == Bodies.Form.stackful && !impl.capabilities().contains(org.corotck.spec.spi.Capability.STACKFUL)) {
            throw new UnsupportedOperationException("backend " + backend + " is not stackful: form=stackful skipped");
        }
        averager = Coroutines.prime(Bodies.averager(impl, form));
        catcher = Coroutines.prime(form.create(impl, new Bodies.CatcherMachine(), Bodies::catcher));
        depth1 = Bodies.chain(impl, form, 1);
        depth10 = Bodies.chain(impl, form, 10);
        all.addAll(List.of(averager, catcher, depth1, depth10));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Bodies.closeAll(all);
        all.clear();
    }

    /** averager.send(x): one round trip. */
    @Benchmark
    public Double send() {
        return averager.send(term += 1.0);
    }

    /**
     * The same send, sampled: the median and tail ({@code scorePercentiles} in the JSON) that an average
     * hides. The handoff targets are stated as a median.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Double sendSampled() {
        return averager.send(term += 1.0);
    }

    /** throwInto: the body catches and yields. */
    @Benchmark
    public Object throwInto() {
        return catcher.throwInto(toThrow);
    }

    /** Create, prime (run to the first yield) and close an averager. */
    @Benchmark
    public Object createPrimeClose(Blackhole bh) {
        Coroutine<Double, Double> c = Coroutines.prime(Bodies.averager(impl, form));
        bh.consume(c);
        return c.close();
    }

    /** send through one delegator to the averager. */
    @Benchmark
    public Double delegationDepth1() {
        return depth1.send(term += 1.0);
    }

    /** send through ten delegators to the averager. */
    @Benchmark
    public Double delegationDepth10() {
        return depth10.send(term += 1.0);
    }
}

package org.corotck.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One round trip of each operation, per backend and body form. A backend that is not stackful fails the
 * {@code form=stackful} trial at once, with the reason (the round runner does not schedule the pair).
 * Each trial builds only the coroutines its benchmark uses, so that a fork of {@code send} on a thread
 * backend does not also start the threads of a ten-level chain.
 */
public class CoroutineBench extends BackendBenchmark {
    /** {@link BodyForm#key()}: reports and targets.tsv know the forms by these names. */
    @Param({"machine", "stackful"})
    public String form;

    Backend impl;
    BodyForm bodyForm;
    Coroutine<Double, Double> averager;
    Coroutine<Object, Object> catcher;
    Coroutine<Double, Double> depth1;
    Coroutine<Double, Double> depth10;
    final List<Coroutine<?, ?>> all = new ArrayList<>();
    final RuntimeException toThrow = new RuntimeException("thrown into the body", null, false, false) {};
    double term;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        impl = resolve(backend);
        bodyForm = BodyForm.ofKey(form);
        if (bodyForm == BodyForm.STACKFUL && !impl.capabilities().contains(Capability.STACKFUL)) {
            throw new UnsupportedOperationException("backend " + backend + " is not stackful: form=stackful skipped");
        }
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        switch (method) {
            case "send", "sendSampled" -> averager = keep(Coroutines.prime(Bodies.averager(impl, bodyForm)));
            case "throwInto" -> catcher = keep(Coroutines.prime(bodyForm.create(impl, new Bodies.CatcherMachine(), Bodies::catcher)));
            case "delegationDepth1" -> depth1 = keep(Bodies.chain(impl, bodyForm, 1));
            case "delegationDepth10" -> depth10 = keep(Bodies.chain(impl, bodyForm, 10));
            default -> { } // createPrimeClose makes its own
        }
    }

    private <C extends Coroutine<?, ?>> C keep(C c) {
        all.add(c);
        return c;
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
        Coroutine<Double, Double> c = Coroutines.prime(Bodies.averager(impl, bodyForm));
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

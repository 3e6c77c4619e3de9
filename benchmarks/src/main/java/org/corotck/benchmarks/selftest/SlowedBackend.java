package org.corotck.benchmarks.selftest;

import java.util.Objects;
import java.util.Set;
import org.corotck.benchmarks.Bodies;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Test-only: the benchmark harness's own A/B test. It wraps a real backend, keeps its name (so that a slowed
 * run compares row by row with an unslowed one), and makes every operation on its coroutines first burn
 * {@link Blackhole#consumeCPU} tokens, calibrated in each fork to the asked fraction of the real backend's
 * send. It is never registered as a service; only {@value #PROPERTY} (for example {@code continuation:0.15})
 * switches it on, and a run so made says so in its JSON and report.
 */
public final class SlowedBackend implements Backend {
    public static final String PROPERTY = "corotck.bench.slowdown";

    private final Backend real;
    private final long tokens;

    SlowedBackend(Backend real, long tokens) {
        this.real = real;
        this.tokens = tokens;
    }

    /** {@code real} itself, unless {@value #PROPERTY} names it: then its slowed twin. */
    public static Backend wrapIfAsked(Backend real) {
        String spec = System.getProperty(PROPERTY, "");
        if (spec.isBlank()) {
            return real;
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(PROPERTY + " must be BACKEND:FRACTION, e.g. continuation:0.15, got " + spec);
        }
        if (!spec.substring(0, colon).equals(real.name())) {
            return real;
        }
        double fraction = Double.parseDouble(spec.substring(colon + 1));
        return new SlowedBackend(real, calibrate(real, fraction));
    }

    /** Tokens of consumeCPU that cost {@code fraction} of one send of a primed averager on {@code real}. */
    static long calibrate(Backend real, double fraction) {
        Coroutine<Double, Double> avg = Coroutines.prime(Bodies.averager(real, BodyForm.STATE_MACHINE));
        try {
            double perSend = Double.MAX_VALUE;
            for (int round = 0; round < 6; round++) { // the first rounds warm up; keep the fastest
                int n = 200_000;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    avg.send(1.0);
                }
                perSend = Math.min(perSend, (System.nanoTime() - t0) / (double) n);
            }
            double perToken = Double.MAX_VALUE;
            for (int round = 0; round < 6; round++) {
                int n = 20_000;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    Blackhole.consumeCPU(100);
                }
                perToken = Math.min(perToken, (System.nanoTime() - t0) / (n * 100.0));
            }
            return Math.max(1, Math.round(fraction * perSend / perToken));
        } finally {
            avg.close();
        }
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return real.capabilities();
    }

    @Override
    public long liveCoroutineHint() {
        return real.liveCoroutineHint();
    }

    @Override
    public <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        return new Slowed<>(real.stateMachine(machine), tokens);
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        return new Slowed<>(real.stackful(body), tokens);
    }

    @Override
    public String toString() {
        return "slowed " + real + " (" + tokens + " consumeCPU tokens per operation)";
    }

    private record Slowed<I, O>(Coroutine<I, O> real, long tokens) implements Coroutine<I, O> {
        Slowed {
            Objects.requireNonNull(real);
        }

        @Override
        public O send(I value) {
            Blackhole.consumeCPU(tokens);
            return real.send(value);
        }

        @Override
        public O throwInto(Throwable error) {
            Blackhole.consumeCPU(tokens);
            return real.throwInto(error);
        }

        @Override
        public Object close() {
            Blackhole.consumeCPU(tokens);
            return real.close();
        }

        @Override
        public State state() {
            return real.state();
        }
    }
}

package org.corotck.benchmarks.selftest;

import java.util.Set;
import org.corotck.benchmarks.Bodies;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Test-only: the benchmark harness's own A/B test. It wraps a real backend, keeps its name (so that a slowed
 * run compares row by row with an unslowed one), and makes every step of a body on it first burn
 * {@link Blackhole#consumeCPU} tokens: each resume of a state machine, each yield of a stackful body. The
 * coroutines stay the real backend's own, so delegation keeps its direct path and a send through ten
 * delegators pays one burn, as a plain send does. The tokens are calibrated in each fork, after a second of
 * warm-up, from the fastest of several timings of a plain averager's send and of consumeCPU itself. It is
 * never registered as a service; only {@value #PROPERTY} (for example {@code continuation:0.15}) switches it
 * on, and a run so made says so in its JSON and report. A stackful body rewritten by bytecode instrumentation
 * cannot be wrapped (its yield would pass through the wrapper's frame); slow another backend.
 */
public final class SlowedBackend implements Backend {
    public static final String PROPERTY = "corotck.bench.slowdown";
    private static final long WARM_NANOS = 1_000_000_000L;

    private final Backend real;
    /** Tokens per body step; settled by {@link #calibrate} before any benchmark runs. */
    private long tokens;

    SlowedBackend(Backend real) {
        this.real = real;
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
        SlowedBackend slowed = new SlowedBackend(real);
        slowed.calibrate(Double.parseDouble(spec.substring(colon + 1)));
        return slowed;
    }

    /**
     * Sets the tokens so that a send of a primed averager costs {@code fraction} more than on the real backend.
     * Measured cold, before the JIT compiled consumeCPU, a token looks several times dearer than it is, and the
     * slowdown came out at a few percent; so both are timed after a warm-up that runs the slowed body too.
     */
    void calibrate(double fraction) {
        Coroutine<Double, Double> plain = Coroutines.prime(Bodies.averager(real, BodyForm.STATE_MACHINE));
        Coroutine<Double, Double> slowed = Coroutines.prime(Bodies.averager(this, BodyForm.STATE_MACHINE));
        try {
            // a fresh fork first compiles all of it (consumeCPU too): measured cold, a token looks dear
            tokens = 1;
            long warmUntil = System.nanoTime() + WARM_NANOS;
            while (System.nanoTime() < warmUntil) {
                timePerSend(plain);
                timePerSend(slowed);
                timePerToken();
            }
            double perSend = Double.MAX_VALUE;
            double perToken = Double.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                perSend = Math.min(perSend, timePerSend(plain));
                perToken = Math.min(perToken, timePerToken());
            }
            tokens = Math.max(1, Math.round(fraction * perSend / perToken));
        } finally {
            plain.close();
            slowed.close();
        }
    }

    private static double timePerSend(Coroutine<Double, Double> avg) {
        int n = 50_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            avg.send(1.0);
        }
        return (System.nanoTime() - t0) / (double) n;
    }

    private static double timePerToken() {
        double perToken = Double.MAX_VALUE;
        for (int round = 0; round < 6; round++) {
            int n = 20_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Blackhole.consumeCPU(50);
            }
            perToken = Math.min(perToken, (System.nanoTime() - t0) / (n * 50.0));
        }
        return perToken;
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
        return real.stateMachine(new SlowedMachine<>(machine, this));
    }

    @Override
    public <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        return real.stackful(y -> body.run(new SlowedYielder<>(y, this)));
    }

    @Override
    public String toString() {
        return "slowed " + real + " (" + tokens + " consumeCPU tokens per body step)";
    }

    private void burn() {
        Blackhole.consumeCPU(tokens);
    }

    private record SlowedMachine<I, O>(StateMachine<I, O> machine, SlowedBackend by) implements StateMachine<I, O> {
        @Override
        public Step<I, O> resume(I sent) throws Exception {
            by.burn();
            return machine.resume(sent);
        }

        @Override
        public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
            by.burn();
            return machine.resumeThrowing(thrown);
        }

        @Override
        public Step<I, O> resumeReturned(Object value) throws Exception {
            by.burn();
            return machine.resumeReturned(value);
        }
    }

    private record SlowedYielder<I, O>(Yielder<I, O> yielder, SlowedBackend by) implements Yielder<I, O> {
        @Override
        public I yield(O value) {
            I sent = yielder.yield(value);
            by.burn();
            return sent;
        }

        @Override
        public Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
            Object returned = yielder.yieldFrom(sub);
            by.burn();
            return returned;
        }
    }
}

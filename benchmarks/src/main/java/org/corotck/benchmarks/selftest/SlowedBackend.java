package org.corotck.benchmarks.selftest;

import java.util.Set;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;

/**
 * Test-only: the benchmark harness's own A/B test. It wraps a real backend, keeps its name (so that a slowed
 * run compares row by row with an unslowed one), and makes it a given fraction slower: every step of a body on
 * it (each resume of a state machine, each yield of a stackful body) counts on a {@link DutyCycle}, which every
 * {@value DutyCycle#STEPS_PER_CHECK} steps spins for that fraction of the time that passed since its last check.
 * The coroutines stay the real backend's own, so delegation keeps its direct path.
 *
 * <p>Why time and not a fixed amount of work: the self-test's slowdown must be the asked fraction on every row
 * of the backend, and a send through ten delegators costs twice a plain send here. A fixed burn per step
 * ({@code Blackhole.consumeCPU} tokens, calibrated on a plain send, as until 2026-12-02) slowed a state-machine
 * send by 30% with its smallest burn and the send through ten delegators by 2.5%; on continuation a stackful
 * send came out 6% slower where 15% was asked. A share of the time needs no calibration, and it holds in a fork
 * that runs slow as in a fast one.
 *
 * <p>It is never registered as a service; only {@value #PROPERTY} (for example {@code state-machine:0.15})
 * switches it on, and a run so made says so in its JSON and report. A stackful body rewritten by bytecode
 * instrumentation cannot be wrapped (its yield would pass through the wrapper's frame); slow another backend.
 */
public final class SlowedBackend implements Backend {
    public static final String PROPERTY = "corotck.bench.slowdown";

    private final Backend real;
    private final DutyCycle cycle;

    SlowedBackend(Backend real, DutyCycle cycle) {
        this.real = real;
        this.cycle = cycle;
    }

    /** {@code real} itself, unless {@value #PROPERTY} names it: then its slowed twin. */
    public static Backend wrapIfAsked(Backend real) {
        String spec = System.getProperty(PROPERTY, "");
        if (spec.isBlank() || isPlacebo(spec) || !slowedName(spec).equals(real.name())) {
            return real;
        }
        checkSpec(spec);
        return new SlowedBackend(real, new DutyCycle(fraction(spec), System::nanoTime));
    }

    /**
     * Whether {@code spec} names no backend but dashes ({@code ------------:0.15}): the self-test gives it to the
     * runs it does not slow, so that their forks' command lines have the slowed run's shape. Measured here: two
     * more system properties on a fork's command line, whatever their values, made a threads send 10-15% slower
     * in 8 of 8 pairs of forks (the objects a handoff touches then sit differently in memory), which compared a
     * slowed run's thread rows with something else than the unslowed run's.
     */
    public static boolean isPlacebo(String spec) {
        return slowedName(spec).matches("-+");
    }

    /**
     * Checks that {@code spec} reads {@code BACKEND:FRACTION} with a fraction above 0 and below 1 (the round runner
     * checks it before any fork starts).
     *
     * @throws IllegalArgumentException naming the property and what it got
     */
    public static void checkSpec(String spec) {
        if (!spec.matches("[^:]+:0?\\.[0-9]+") || fraction(spec) == 0) {
            throw new IllegalArgumentException(PROPERTY + " must be BACKEND:FRACTION, e.g. continuation:0.15, got '"
                    + spec + "'");
        }
    }

    /** The backend a slowdown spec names: {@code continuation} of {@code continuation:0.15}. */
    public static String slowedName(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(PROPERTY + " must be BACKEND:FRACTION, e.g. continuation:0.15, got " + spec);
        }
        return spec.substring(0, colon);
    }

    static double fraction(String spec) {
        return Double.parseDouble(spec.substring(spec.indexOf(':') + 1));
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
        return "slowed " + real + " (" + cycle + ")";
    }

    private record SlowedMachine<I, O>(StateMachine<I, O> machine, SlowedBackend by) implements StateMachine<I, O> {
        @Override
        public Step<I, O> resume(I sent) throws Exception {
            by.cycle.step();
            return machine.resume(sent);
        }

        @Override
        public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
            by.cycle.step();
            return machine.resumeThrowing(thrown);
        }

        @Override
        public Step<I, O> resumeReturned(Object value) throws Exception {
            by.cycle.step();
            return machine.resumeReturned(value);
        }
    }

    private record SlowedYielder<I, O>(Yielder<I, O> yielder, SlowedBackend by) implements Yielder<I, O> {
        @Override
        public I yield(O value) {
            I sent = yielder.yield(value);
            by.cycle.step();
            return sent;
        }

        @Override
        public Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
            Object returned = yielder.yieldFrom(sub);
            by.cycle.step();
            return returned;
        }
    }
}

package org.corotck.benchmarks.selftest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * delegators pays one burn, as a plain send does. The tokens are calibrated for each body form, after 2.5 s of
 * warm-up (a continuation send settles after 1.5-2 s here): guessed from a token's cost, then corrected by
 * timing a slowed and a plain averager in turn until a send costs the asked fraction more; the round runner
 * does it once per run ({@link #calibratedTokens}) and hands the tokens to its forks, a plain JMH fork does it
 * itself. It is never registered as a service; only
 * {@value #PROPERTY} (for example {@code continuation:0.15}) switches it on, and a run so made says so in its
 * JSON and report. A stackful body rewritten by bytecode instrumentation
 * cannot be wrapped (its yield would pass through the wrapper's frame); slow another backend.
 */
public final class SlowedBackend implements Backend {
    public static final String PROPERTY = "corotck.bench.slowdown";
    /** The calibrated tokens, {@code MACHINE,STACKFUL}, which the round runner passes to its forks. */
    public static final String TOKENS_PROPERTY = "corotck.bench.slowdown.tokens";
    /**
     * Long enough for the slowest backend's send to settle: timed after 1 s, the plain continuation send was
     * still slow, the tokens came out too few, and the forks ran 12-13% slower where 15% was asked.
     */
    private static final long WARM_NANOS = 2_500_000_000L;
    /** How many times the calibration corrects its guess, and how close to the asked slowdown it must come. */
    private static final int CORRECTIONS = 8;
    private static final double TOLERANCE = 0.02;

    private final Backend real;
    /** Tokens per step of a state-machine body and per yield of a stackful one; settled by {@link #calibrate}. */
    private long machineTokens = 1;
    private long stackfulTokens = 1;

    SlowedBackend(Backend real) {
        this.real = real;
    }

    /**
     * {@code real} itself, unless {@value #PROPERTY} names it: then its slowed twin, with the tokens of
     * {@value #TOKENS_PROPERTY} when the round runner calibrated them once for the run, else calibrated here.
     */
    public static Backend wrapIfAsked(Backend real) {
        String spec = System.getProperty(PROPERTY, "");
        if (spec.isBlank() || isPlacebo(spec) || !slowedName(spec).equals(real.name())) {
            return real;
        }
        SlowedBackend slowed = new SlowedBackend(real);
        String tokens = System.getProperty(TOKENS_PROPERTY, "");
        if (tokens.isBlank()) {
            slowed.calibrate(fraction(spec));
        } else {
            String[] t = tokens.split(",");
            slowed.machineTokens = Long.parseLong(t[0].trim());
            slowed.stackfulTokens = Long.parseLong(t[1].trim());
        }
        return slowed;
    }

    /**
     * For the round runner, once per run (or arm) in its own JVM: the tokens ({@code MACHINE,STACKFUL}) that slow
     * the backend {@code spec} names, as {@value #PROPERTY} would, or null when {@code spec} is blank. Calibrated in a fork, the second or
     * two of calibration also warmed the backend's own code beyond what an unslowed fork's warm-up does, so a
     * slowed fork ran its sends faster and the slowdown vanished (seen here on continuation: the slowed send
     * 0-10% below the plain one in 5 of 6 pairs of forks); the forks now only burn.
     */
    public static String calibratedTokens(String spec) {
        if (spec == null || spec.isBlank() || isPlacebo(spec)) {
            return null;
        }
        SlowedBackend slowed = new SlowedBackend(org.corotck.spec.spi.Backends.byName(slowedName(spec)));
        slowed.calibrate(fraction(spec));
        return slowed.machineTokens + "," + slowed.stackfulTokens;
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
     * Checks that {@code spec} reads {@code BACKEND:FRACTION} with a fraction below 1 (the round runner checks an
     * arm's before any fork starts).
     *
     * @throws IllegalArgumentException naming the property and what it got
     */
    public static void checkSpec(String spec) {
        if (!spec.matches("[^:]+:0?\\.[0-9]+")) {
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

    private static double fraction(String spec) {
        return Double.parseDouble(spec.substring(spec.indexOf(':') + 1));
    }

    /**
     * Sets the tokens of each body form so that a send of a primed averager of that form costs {@code fraction}
     * more than on the real backend. Measured cold, before the JIT compiled consumeCPU, a token looks several
     * times dearer than it is, so everything is timed after a warm-up that runs the slowed bodies too. The
     * first guess, from a token's cost, is then checked by timing the slowed send beside the plain one and
     * corrected: a burn of a dozen tokens need not add its own cost alone to a send, which the processor may
     * partly overlap with it.
     */
    void calibrate(double fraction) {
        List<BodyForm> forms = real.capabilities().contains(Capability.STACKFUL)
                ? List.of(BodyForm.STATE_MACHINE, BodyForm.STACKFUL) : List.of(BodyForm.STATE_MACHINE);
        List<Coroutine<Double, Double>> all = new ArrayList<>();
        try {
            Map<BodyForm, List<Coroutine<Double, Double>>> pairs = new EnumMap<>(BodyForm.class);
            for (BodyForm form : forms) {
                Coroutine<Double, Double> plain = Coroutines.prime(Bodies.averager(real, form));
                all.add(plain);
                Coroutine<Double, Double> slowed = Coroutines.prime(Bodies.averager(this, form));
                all.add(slowed);
                pairs.put(form, List.of(plain, slowed));
            }
            long warmUntil = System.nanoTime() + WARM_NANOS;
            while (System.nanoTime() < warmUntil) {
                all.forEach(SlowedBackend::timePerSend);
                timePerToken();
            }
            for (BodyForm form : forms) {
                Coroutine<Double, Double> plain = pairs.get(form).get(0);
                Coroutine<Double, Double> slowed = pairs.get(form).get(1);
                double perSend = Double.MAX_VALUE;
                double perToken = Double.MAX_VALUE;
                for (int i = 0; i < 5; i++) {
                    perSend = Math.min(perSend, timePerSend(plain));
                    perToken = Math.min(perToken, timePerToken());
                }
                long t = Math.max(1, Math.round(fraction * perSend / perToken));
                long best = t;
                double bestMiss = Double.MAX_VALUE;
                for (int i = 0; i < CORRECTIONS && bestMiss > TOLERANCE; i++) {
                    setTokens(form, t);
                    double seen = measuredSlowdown(plain, slowed);
                    if (Math.abs(seen - fraction) < bestMiss) { // each timing is noisy: keep the closest seen
                        bestMiss = Math.abs(seen - fraction);
                        best = t;
                    }
                    // proportional correction, at most 4x per step: a slowdown measured as ~0 must not explode t
                    t = Math.max(1, Math.round(t * Math.min(4.0, fraction / Math.max(seen, fraction / 4))));
                }
                setTokens(form, best);
            }
        } finally {
            all.forEach(Coroutine::close);
        }
    }

    private void setTokens(BodyForm form, long t) {
        if (form == BodyForm.STACKFUL) {
            stackfulTokens = t;
        } else {
            machineTokens = t;
        }
    }

    /** The slowed send over the plain one, minus one: the median of several timings taken in turn. */
    private static double measuredSlowdown(Coroutine<Double, Double> plain, Coroutine<Double, Double> slowed) {
        double[] ratios = new double[11];
        for (int i = 0; i < ratios.length; i++) {
            double p = timePerSend(plain);
            ratios[i] = timePerSend(slowed) / p;
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2] - 1;
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
        return "slowed " + real + " (" + machineTokens + " consumeCPU tokens per state-machine step, " + stackfulTokens
                + " per stackful yield)";
    }

    private void burnMachineStep() {
        Blackhole.consumeCPU(machineTokens);
    }

    private void burnYield() {
        Blackhole.consumeCPU(stackfulTokens);
    }

    private record SlowedMachine<I, O>(StateMachine<I, O> machine, SlowedBackend by) implements StateMachine<I, O> {
        @Override
        public Step<I, O> resume(I sent) throws Exception {
            by.burnMachineStep();
            return machine.resume(sent);
        }

        @Override
        public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
            by.burnMachineStep();
            return machine.resumeThrowing(thrown);
        }

        @Override
        public Step<I, O> resumeReturned(Object value) throws Exception {
            by.burnMachineStep();
            return machine.resumeReturned(value);
        }
    }

    private record SlowedYielder<I, O>(Yielder<I, O> yielder, SlowedBackend by) implements Yielder<I, O> {
        @Override
        public I yield(O value) {
            I sent = yielder.yield(value);
            by.burnYield();
            return sent;
        }

        @Override
        public Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
            Object returned = yielder.yieldFrom(sub);
            by.burnYield();
            return returned;
        }
    }
}

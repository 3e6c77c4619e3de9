package org.corotck.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Coroutines;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.openjdk.jmh.annotations.*;

/**
 * Several members of one group in one JVM fork, taking turns iteration by iteration: iteration {@code i} runs
 * member {@code i mod k}. On a thread handoff the machine's state moves a send by 10-50% from fork to fork and
 * even within one (the two vCPUs sharing a cache or not), and two forks run seconds apart do not share it; two
 * iterations 100 ms apart in the same JVM mostly do. So the round runner runs a handoff group's members this way
 * and the reports pair each member's iteration with its reference's of the same turn, instead of pairing forks.
 *
 * <p>The members are named by their keys, as the round runner knows them ({@code CoroutineBench.send
 * backend=threads form=machine}), in {@code members}, separated by {@value #SEPARATOR}. One megamorphic call
 * per operation picks the member: a few nanoseconds, which a handoff of a microsecond does not show, and which is
 * why only the handoff groups take turns (a send on the caller's thread costs 10 ns).
 */
public class InterleavedBench extends BenchmarkBase {
    public static final String SEPARATOR = ";";

    /** The member keys in turn order. */
    @Param({""})
    public String members;

    /** What one member's iterations run. */
    interface Turn extends AutoCloseable {
        double once(double x);

        @Override
        default void close() {}
    }

    Turn[] turns;
    Turn current;
    int iteration;
    double term;

    @Setup(Level.Trial)
    public void setUp() {
        List<Turn> made = new ArrayList<>();
        try {
            for (String key : members.split(SEPARATOR)) {
                made.add(turn(key.trim()));
            }
        } catch (RuntimeException e) {
            made.forEach(Turn::close);
            throw e;
        }
        turns = made.toArray(Turn[]::new);
    }

    /** Whether a member with this benchmark and params can take turns in an interleaved fork. */
    public static boolean supports(String benchmark, Map<String, String> params) {
        return switch (benchmark) {
            case "Baselines.parkUnparkPlatformCaller" -> true;
            case "CoroutineBench.send", "CoroutineBench.delegationDepth1", "CoroutineBench.delegationDepth10",
                    "CoroutineBench.throwInto" -> params.containsKey("backend") && params.containsKey("form");
            default -> false;
        };
    }

    static Turn turn(String key) {
        String[] words = key.split(" ");
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not a member key: '" + key + "'");
            }
            p.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        if (!supports(words[0], p)) {
            throw new UnsupportedOperationException("cannot take turns in an interleaved fork: '" + key + "'");
        }
        if (words[0].equals("Baselines.parkUnparkPlatformCaller")) {
            Baselines.PingPong pp = new Baselines.PingPong();
            pp.partner = p.getOrDefault("partner", "platform");
            pp.wait = p.getOrDefault("wait", "spin");
            pp.start();
            return turn(pp::roundTrip, () -> {
                try {
                    pp.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        Backend impl = BackendBenchmark.resolve(p.get("backend"));
        BodyForm form = BodyForm.ofKey(p.get("form"));
        if (form == BodyForm.STACKFUL && !impl.capabilities().contains(Capability.STACKFUL)) {
            throw new UnsupportedOperationException("backend " + impl.name() + " is not stackful: '" + key + "' skipped");
        }
        if (words[0].equals("CoroutineBench.throwInto")) {
            Coroutine<Object, Object> c = Coroutines.prime(form.create(impl, new Bodies.CatcherMachine(), Bodies::catcher));
            RuntimeException toThrow = new RuntimeException("thrown into the body", null, false, false) {};
            return turn(x -> c.throwInto(toThrow) == null ? 0 : x, () -> Bodies.closeAll(List.of(c)));
        }
        Coroutine<Double, Double> c = switch (words[0]) {
            case "CoroutineBench.send" -> Coroutines.prime(Bodies.averager(impl, form));
            case "CoroutineBench.delegationDepth1" -> Bodies.chain(impl, form, 1);
            default -> Bodies.chain(impl, form, 10);
        };
        return turn(x -> c.send(x), () -> Bodies.closeAll(List.of(c)));
    }

    private static Turn turn(java.util.function.DoubleUnaryOperator once, Runnable close) {
        return new Turn() {
            @Override
            public double once(double x) {
                return once.applyAsDouble(x);
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }

    @Setup(Level.Iteration)
    public void nextTurn() {
        current = turns[iteration++ % turns.length];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        for (Turn t : turns) {
            t.close();
        }
    }

    /** One operation of the member whose turn it is. */
    @Benchmark
    public double turn() {
        return current.once(term += 1.0);
    }
}

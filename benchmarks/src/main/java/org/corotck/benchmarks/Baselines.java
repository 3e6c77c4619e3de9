package org.corotck.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import org.openjdk.jmh.annotations.*;

/** The raw mechanisms, measured in the same run so that each backend's cost reads as a ratio. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss2m",
        "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Baselines {
    static final ContinuationScope SCOPE = new ContinuationScope("corotck-baseline");

    final Bodies.HandWrittenAverager hand = new Bodies.HandWrittenAverager();
    double term;

    Continuation continuation;
    double contIn;
    double contOut;

    @Setup(Level.Trial)
    public void setUp() {
        continuation = new Continuation(SCOPE, () -> {
            double total = 0;
            long count = 0;
            while (true) {
                Continuation.yield(SCOPE);
                total += contIn;
                count += 1;
                contOut = total / count;
            }
        });
        continuation.run();
    }

    /** The averager as a plain method call. */
    @Benchmark
    public double handWrittenCall() {
        return hand.send(term += 1.0);
    }

    /** Continuation.run + Continuation.yield, the averager's arithmetic in between. */
    @Benchmark
    public double rawContinuation() {
        contIn = term += 1.0;
        continuation.run();
        return contOut;
    }

    /**
     * Park/unpark ping-pong; the partner is a platform or a virtual thread, the caller is the JMH thread. With
     * {@code wait=park} each side parks at once (the plain mechanism); with {@code wait=spin} it first spins
     * up to {@link #SPINS} times, as the thread-handoff backends do, so their overhead over the same waiting
     * policy reads as a ratio too.
     */
    @State(Scope.Thread)
    public static class PingPong {
        /** The thread-handoff backends' default spin ceiling ({@code corotck.handoff.spins}). */
        static final int SPINS = 1000;

        @Param({"platform", "virtual"})
        public String partner;

        @Param({"park", "spin"})
        public String wait;

        /**
         * Boxed, as a send's values are: each round trip hands over a Double one thread just allocated and
         * gets back one the other did, and reading an object another core wrote moves its cache line over.
         * Measured here, that is about 600 ns of a spinning round trip: primitive fields would hide it and
         * make every backend look 2.4x slower than its mechanism.
         */
        volatile Double in;
        volatile Double out;
        volatile boolean request;
        volatile boolean stop;
        volatile Thread caller;
        Thread thread;
        int spins;

        @Setup(Level.Trial)
        public void start() {
            spins = wait.equals("spin") ? SPINS : 0;
            Runnable body = () -> {
                double total = 0;
                long count = 0;
                while (true) {
                    for (int i = spinsAgainst(caller); i > 0 && !request && !stop; i--) {
                        Thread.onSpinWait();
                    }
                    while (!request) {
                        if (stop) return;
                        LockSupport.park(this);
                    }
                    total += in;
                    count += 1;
                    out = total / count;
                    request = false;
                    LockSupport.unpark(caller);
                }
            };
            thread = partner.equals("virtual") ? Thread.ofVirtual().unstarted(body) : Thread.ofPlatform().daemon().unstarted(body);
            thread.start();
        }

        /** As the backends do: a virtual thread never spins for another, whose carrier it may hold. */
        int spinsAgainst(Thread other) {
            return other != null && other.isVirtual() && Thread.currentThread().isVirtual() ? 0 : spins;
        }

        /** One round trip from the current thread. */
        double roundTrip(double x) {
            caller = Thread.currentThread();
            in = x; // a fresh Double, as averager.send(term) boxes one
            request = true;
            LockSupport.unpark(thread);
            for (int i = spinsAgainst(thread); i > 0 && request; i--) {
                Thread.onSpinWait();
            }
            while (request) {
                LockSupport.park(this);
            }
            return out;
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            stop = true;
            LockSupport.unpark(thread);
            thread.join(10_000);
            if (thread.isAlive()) {
                throw new IllegalStateException("ping-pong partner did not end");
            }
        }
    }

    /** Raw park/unpark ping-pong with the JMH (platform) thread as the caller. */
    @Benchmark
    public double parkUnparkPlatformCaller(PingPong p) {
        return p.roundTrip(term += 1.0);
    }

    /** Raw park/unpark ping-pong, the caller a virtual thread: {@link VirtualCaller#BATCH} round trips per invocation. */
    @Benchmark
    @OperationsPerInvocation(VirtualCaller.BATCH)
    public double parkUnparkVirtualCaller(PingPong p) throws Exception {
        return VirtualCaller.run(() -> {
            double r = 0;
            for (int i = 0; i < VirtualCaller.BATCH; i++) {
                r += p.roundTrip(i);
            }
            return r;
        });
    }
}

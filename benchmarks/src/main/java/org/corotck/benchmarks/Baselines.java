package org.corotck.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;
import org.openjdk.jmh.annotations.*;

/** The raw mechanisms, measured in the same run so that each backend's cost reads as a ratio. */
public class Baselines extends BenchmarkBase {
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

    /**
     * The averager as a plain call that boxes as {@code send} must: a {@code Double} in, a fresh {@code Double}
     * out. A send cannot avoid that allocation unless escape analysis removes it, so this is the floor that
     * compares like with like; {@link #handWrittenCall} allocates nothing.
     */
    @Benchmark
    public Double handWrittenBoxed() {
        return hand.sendBoxed(term += 1.0);
    }

    /**
     * The boxed call inside the claims a send must make to stay safe against a second caller (rules 8.1-8.4):
     * a compare-and-set before the body runs and a release store after it. With {@code claims=1} it is what a
     * send claims (the coroutine); with {@code claims=2}, what a send through a chain of delegators claims at
     * any depth (its top, and the chain, whose every coroutine then reports RUNNING as CPython's do: rule
     * 9.8). The floor of a send on the caller's thread, so that the report can tell the lifecycle's claims
     * from the rest of a backend's cost.
     */
    @Benchmark
    public Double claimedBoxedCall(Claims c) {
        Claims.Cell[] chain = c.chain;
        for (Claims.Cell cell : chain) {
            if (!Claims.STATE.compareAndSet(cell, 0, 1)) {
                throw new IllegalStateException("claimed twice");
            }
        }
        Double average = hand.sendBoxed(term += 1.0);
        for (int i = chain.length - 1; i >= 0; i--) {
            Claims.STATE.setRelease(chain[i], 0);
        }
        return average;
    }

    /** {@code claims} states, each claimed and released as StandardCoroutine claims a coroutine or a chain. */
    @State(Scope.Thread)
    public static class Claims {
        static final VarHandle STATE;

        static {
            try {
                STATE = MethodHandles.lookup().findVarHandle(Cell.class, "state", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        /** One coroutine's state: 0 suspended, 1 running. */
        static final class Cell {
            volatile int state;
        }

        @Param({"1", "2"})
        public int claims;

        Cell[] chain;

        @Setup(Level.Trial)
        public void setUp() {
            chain = new Cell[claims];
            for (int i = 0; i < claims; i++) {
                chain[i] = new Cell();
            }
        }
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

    /**
     * {@code live} platform threads, each parked until its turn, resumed round-robin by the caller: every
     * resume wakes a thread that has been parked the whole round, which is what a send to one of many live
     * coroutines on the thread backends costs. The waits follow the backends' policy (spin, then park).
     */
    @State(Scope.Thread)
    public static class RoundRobin {
        @Param({"1000"})
        public int live;

        Worker[] workers;
        int next;

        static final class Worker implements Runnable {
            final Thread thread = Thread.ofPlatform().daemon().unstarted(this);
            volatile boolean request;
            volatile boolean stop;
            volatile Thread caller;
            volatile Double in;
            volatile Double out;
            double total;
            long count;

            @Override
            public void run() {
                while (true) {
                    for (int i = PingPong.SPINS; i > 0 && !request && !stop; i--) {
                        Thread.onSpinWait();
                    }
                    while (!request) {
                        if (stop) {
                            return;
                        }
                        LockSupport.park(this);
                    }
                    total += in;
                    count += 1;
                    out = total / count;
                    request = false;
                    LockSupport.unpark(caller);
                }
            }
        }

        @Setup(Level.Trial)
        public void start() {
            workers = new Worker[live];
            for (int i = 0; i < live; i++) {
                workers[i] = new Worker();
                workers[i].thread.start();
            }
        }

        double roundTrip(double x) {
            Worker w = workers[next];
            next = next + 1 == workers.length ? 0 : next + 1;
            w.caller = Thread.currentThread();
            w.in = x;
            w.request = true;
            LockSupport.unpark(w.thread);
            for (int i = PingPong.SPINS; i > 0 && w.request; i--) {
                Thread.onSpinWait();
            }
            while (w.request) {
                LockSupport.park(this);
            }
            return w.out;
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            for (Worker w : workers) {
                w.stop = true;
                LockSupport.unpark(w.thread);
            }
            for (Worker w : workers) {
                w.thread.join(10_000);
                if (w.thread.isAlive()) {
                    throw new IllegalStateException("round-robin worker did not end");
                }
            }
        }
    }

    /** Raw round-robin park/unpark over {@code live} platform threads: the floor of ManyLiveBench on threads. */
    @Benchmark
    public double parkUnparkRoundRobin(RoundRobin r) {
        return r.roundTrip(term += 1.0);
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

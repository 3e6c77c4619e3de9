package org.corotck.benchmarks.harness;

import org.corotck.spec.Coroutine;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * How a backend transfers control, found by watching one of its bodies run rather than by its name, so that a
 * user's backend gets the right raw baseline too: a body on the caller's thread inside a
 * {@code jdk.internal.vm.Continuation}, a body on the caller's thread without one (a plain call), or a body on
 * a platform or a virtual thread of its own.
 */
public enum Mechanism {
    CALL("Baselines.handWrittenBoxed", false),
    /**
     * Slow to warm: a send on the continuation backend still cost 1.5-1.7x its steady state in a fork's first
     * second and up to 1.2x in the next half (three forks of 50 iterations of 100 ms, reports/reference/README.md),
     * while its raw Continuation and the caller-thread sends were mostly within the iteration noise after 0.5 s.
     */
    CONTINUATION("Baselines.rawContinuation", true),
    PLATFORM_THREAD("Baselines.parkUnparkPlatformCaller partner=platform wait=spin", false),
    VIRTUAL_THREAD("Baselines.parkUnparkPlatformCaller partner=virtual wait=spin", false);

    private final String rawKey;
    private final boolean slowToWarm;

    Mechanism(String rawKey, boolean slowToWarm) {
        this.rawKey = rawKey;
        this.slowToWarm = slowToWarm;
    }

    /** Whether the group of this name is a mechanism whose forks need the profile's longer warm-up. */
    public static boolean slowToWarm(String group) {
        for (Mechanism m : values()) {
            if (m.name().equals(group)) {
                return m.slowToWarm;
            }
        }
        return false;
    }

    /**
     * Whether the members of this group take turns in shared forks ({@code InterleavedBench}): a thread handoff,
     * whose cost moves with the machine's state from second to second, so that a send and its raw ping-pong are
     * compared 100 ms apart in one JVM rather than seconds apart in two. A send on the caller's thread costs too
     * little to carry the turn's own megamorphic call, and its forks are steady enough apart.
     */
    public static boolean takesTurns(String group) {
        for (Mechanism m : values()) {
            if (m.name().equals(group)) {
                return m.handsOff();
            }
        }
        return false;
    }

    /** The key of the raw baseline a send of this mechanism is measured against. */
    public String rawKey() {
        return rawKey;
    }

    /** Whether the body runs on a thread of its own, so that a virtual-thread caller is a case of its own. */
    public boolean handsOff() {
        return this == PLATFORM_THREAD || this == VIRTUAL_THREAD;
    }

    /** Runs one step of a state-machine body on {@code backend} and looks at where it ran. */
    public static Mechanism of(Backend backend) {
        Thread caller = Thread.currentThread();
        Mechanism[] seen = new Mechanism[1];
        Coroutine<Object, Object> probe = backend.stateMachine(new StateMachine<>() {
            @Override
            public Step<Object, Object> resume(Object sent) {
                Thread here = Thread.currentThread();
                if (here != caller) {
                    seen[0] = here.isVirtual() ? VIRTUAL_THREAD : PLATFORM_THREAD;
                } else {
                    seen[0] = insideContinuation() ? CONTINUATION : CALL;
                }
                return Step.done(null);
            }
        });
        try {
            probe.next();
        } catch (RuntimeException done) {
            // the probe returns at once: exhaustion is its normal end
        } finally {
            probe.close();
        }
        if (seen[0] == null) {
            throw new IllegalStateException("backend " + backend.name() + " did not run a probe body");
        }
        return seen[0];
    }

    private static boolean insideContinuation() {
        return StackWalker.getInstance().walk(frames ->
                frames.anyMatch(f -> f.getClassName().equals("jdk.internal.vm.Continuation")));
    }
}

package org.corotck.instrumented;

import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.support.Engine;
import org.corotck.support.MachineRunner;

/**
 * A state-machine body, stepped directly by support's {@link MachineRunner} on the caller's thread (rule
 * 11.2): it needs no instrumentation. What this adds is finalization, which this backend declares
 * (FINALIZES_ABANDONED): an abandoned machine gets a close request, and a fresh one each time it yields
 * again, until it ends (rules 10.1, 10.3).
 */
final class MachineEngine<I, O> implements Engine<I, O> {
    private final MachineRunner<I, O> runner;
    private boolean started;
    /** Volatile: the Cleaner's thread reads it in abandon(). */
    private volatile boolean ended;

    MachineEngine(StateMachine<I, O> machine) {
        this.runner = new MachineRunner<>(machine);
    }

    @Override
    public int step(I sent, Throwable thrown) {
        started = true;
        int kind = runner.step(sent, thrown);
        if (kind != YIELDED) {
            ended = true;
        }
        return kind;
    }

    @Override
    public Object outcome() {
        return runner.outcome();
    }

    @Override
    public void discard() {
        ended = true;
    }

    @Override
    public void abandon() {
        if (!started || ended) {
            return;
        }
        int kind;
        do {
            kind = runner.step(null, new CoroutineExit());
        } while (kind == YIELDED);
        ended = true;
        Object outcome = runner.outcome();
        if (kind == RAISED && !(outcome instanceof CoroutineExit)) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, (Throwable) outcome);
        }
    }

    @Override
    public String toString() {
        return runner + (ended ? ", ended" : "");
    }
}

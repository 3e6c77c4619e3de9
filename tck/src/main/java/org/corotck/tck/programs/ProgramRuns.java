package org.corotck.tck.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.State;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.tck.EffectLog;
import org.corotck.tck.Stackfuls;
import org.opentest4j.AssertionFailedError;

/**
 * Runs programs on a backend through either reader and observes every step, so that a run can be
 * compared with CPython's record or with a run through the other reader.
 */
public final class ProgramRuns {
    /** More than any program of the language can yield, so a coroutine that stays open is a bug. */
    private static final int CLOSE_ATTEMPTS = 10_000;

    private ProgramRuns() {}

    /**
     * Every coroutine a program's delegations made during one run, kept reachable until the run ends. A sub
     * that its delegator let go while SUSPENDED (it ignored its close request) would otherwise be finalized
     * whenever the collector happens to run, and its finally blocks would log into whichever step that was;
     * CPython keeps such a sub alive for the rest of the recorded steps (the handled exception's context holds
     * its frame), and a run must not depend on the collector's timing.
     */
    public static final class Subs {
        private final List<Coroutine<Object, Object>> made = Collections.synchronizedList(new ArrayList<>());

        <T> Function<T, Coroutine<Object, Object>> keeping(Function<T, Coroutine<Object, Object>> make) {
            return body -> {
                Coroutine<Object, Object> c = make.apply(body);
                made.add(c);
                return c;
            };
        }

        /** Ends every sub the run left open, as the run's own coroutine is ended. */
        void closeAll() {
            List<Coroutine<Object, Object>> all;
            synchronized (made) {
                all = new ArrayList<>(made);
            }
            all.forEach(ProgramRuns::closeForGood);
        }
    }

    /** The program as a stackful body, its delegations stackful coroutines of the same backend, kept in {@code subs}. */
    public static Coroutine<Object, Object> interpreted(Backend backend, Program program, EffectLog log, Subs subs) {
        Function<StackfulBody<Object, Object>, Coroutine<Object, Object>> stackfuls =
                subs.keeping(body -> Stackfuls.of(backend, body));
        return Stackfuls.of(backend, new Interpreter(program, log, stackfuls).body());
    }

    /** The program compiled to a state machine, its delegations machines of the same backend, kept in {@code subs}. */
    public static Coroutine<Object, Object> compiled(Backend backend, Code code, EffectLog log, Subs subs) {
        Function<StateMachine<Object, Object>, Coroutine<Object, Object>> machines = subs.keeping(backend::stateMachine);
        return backend.stateMachine(new CompiledMachine(code, log, machines));
    }

    /** A fresh coroutine of the program in {@code form}: interpreted when stackful, compiled when a state machine. */
    public static Coroutine<Object, Object> start(Backend backend, BodyForm form, Program program, EffectLog log, Subs subs) {
        return switch (form) {
            case STACKFUL -> interpreted(backend, program, log, subs);
            case STATE_MACHINE -> compiled(backend, Compiler.compile(program), log, subs);
        };
    }

    /** Every step of {@code operations} on a fresh coroutine of the program in {@code form}. */
    public static List<Observation> observe(Backend backend, BodyForm form, Program program, List<Operation> operations) {
        EffectLog log = new EffectLog();
        Subs subs = new Subs();
        return run(start(backend, form, program, log, subs), log, operations, subs);
    }

    /** Applies the operations one by one, then closes the coroutine and its subs for good, whatever happened. */
    public static List<Observation> run(Coroutine<Object, Object> c, EffectLog log, List<Operation> operations, Subs subs) {
        List<Observation> observed = new ArrayList<>();
        try {
            for (Operation op : operations) {
                int before = log.entries().size();
                Outcome outcome = apply(c, op);
                List<String> entries = log.entries();
                observed.add(new Observation(op, outcome, c.state(), entries.subList(before, entries.size())));
            }
        } finally {
            closeForGood(c);
            subs.closeAll();
        }
        return observed;
    }

    static Outcome apply(Coroutine<Object, Object> c, Operation op) {
        Throwable given = op.kind() == Operation.Kind.THROW ? PythonExceptions.create(op.exception()) : null;
        try {
            return switch (op.kind()) {
                case NEXT -> Outcome.yielded(c.next());
                case SEND -> Outcome.yielded(c.send(op.value()));
                case THROW -> Outcome.yielded(c.throwInto(given));
                case CLOSE -> Outcome.closed(c.close());
            };
        } catch (Throwable t) {
            return Outcome.of(t, given);
        }
    }

    /** Ends a coroutine the operations left open, so that no backend thread outlives the run (rule 10.4). */
    public static void closeForGood(Coroutine<Object, Object> c) {
        for (int i = 0; i < CLOSE_ATTEMPTS && c.state() != State.CLOSED; i++) {
            try {
                c.close();
            } catch (Throwable ignored) {
                // an ignored close request or an exception from a finally block: close again
            }
        }
        if (c.state() != State.CLOSED) {
            throw new AssertionError("still " + c.state() + " after " + CLOSE_ATTEMPTS + " close() calls");
        }
    }

    /**
     * Fails unless two runs of {@code operations} on {@code program} agree on every step: the one diff the
     * model, the corpus and the cross-reading properties share. The message names the readings, the
     * operations, the first step that differs and the program as Python.
     */
    public static void requireSame(String expectedName, String actualName, Program program, List<Operation> operations,
                                   List<Observation> expected, List<Observation> actual) {
        String difference = firstDifference(expected, actual);
        if (difference != null) {
            throw new AssertionFailedError(expectedName + " and " + actualName + " disagree on " + operations + " at "
                    + difference + "\nprogram:" + program, expected, actual);
        }
    }

    /** Where two runs of the same operations part, as a message; null when they agree on every step. */
    public static String firstDifference(List<Observation> expected, List<Observation> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            Observation e = i < expected.size() ? expected.get(i) : null;
            Observation a = i < actual.size() ? actual.get(i) : null;
            if (e == null || !e.equals(a)) {
                return "step " + (i + 1) + ": expected <" + e + "> but was <" + a + ">; steps before it: "
                        + expected.subList(0, i);
            }
        }
        return null;
    }
}

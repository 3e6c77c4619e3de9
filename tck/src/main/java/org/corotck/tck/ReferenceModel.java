package org.corotck.tck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.IgnoredExitException;
import org.corotck.spec.NotStartedException;
import org.corotck.spec.State;
import org.corotck.tck.programs.Observation;
import org.corotck.tck.programs.Operation;
import org.corotck.tck.programs.Outcome;
import org.corotck.tck.programs.PythonExceptions;

/**
 * SPEC.md as plain code, for one {@link ScriptedProgram}: one method per operation and a switch on the
 * state. It predicts each step as the {@link Observation} a run of the program gives (outcome, state after,
 * log entries added), so that the model, CPython's corpus and a backend's run compare with {@code equals}.
 */
public final class ReferenceModel {
    private final ScriptedProgram program;
    private State state = State.CREATED;
    private int point;
    private boolean inCatch;
    private int finallies;

    public ReferenceModel(ScriptedProgram program) {
        this.program = program;
    }

    public State state() {
        return state;
    }

    /** Every step of {@code operations}, from a fresh coroutine. */
    public static List<Observation> predict(ScriptedProgram program, List<Operation> operations) {
        ReferenceModel model = new ReferenceModel(program);
        List<Observation> steps = new ArrayList<>();
        for (Operation op : operations) {
            steps.add(model.step(op));
        }
        return steps;
    }

    /** The next step: what {@code op} gives, the state after it and what the body logged meanwhile. */
    public Observation step(Operation op) {
        int before = finallies;
        Outcome outcome = switch (op.kind()) {
            case NEXT -> send(null); // next() is send(null) (rule 3.1)
            case SEND -> send(op.value());
            case THROW -> throwInto(PythonExceptions.create(op.exception()));
            case CLOSE -> close();
        };
        return new Observation(op, outcome, state, Collections.nCopies(finallies - before, ScriptedProgram.FINALLY));
    }

    private Outcome send(Object value) {
        return switch (state) {
            case CLOSED -> Outcome.returned(null); // 12.2
            case CREATED -> {
                if (value != null) {
                    yield raised(NotStartedException.class); // 12.3: stays CREATED
                }
                point = 0;
                yield enter(null); // 2.1
            }
            case SUSPENDED -> {
                point++;
                inCatch = false;
                yield enter(value); // 3.2
            }
            case RUNNING -> throw new IllegalStateException("the model never observes RUNNING from outside");
        };
    }

    private Outcome throwInto(Throwable error) {
        Outcome same = Outcome.raised(error.getClass(), true, false);
        return switch (state) {
            case CLOSED -> same; // 12.4
            case CREATED -> {
                state = State.CLOSED; // 6.1, 6.2: no handler or finally runs
                yield same;
            }
            case SUSPENDED -> {
                ScriptedProgram.Handler handler = program.handlers().get(point);
                if (inCatch || !handler.catches(error)) {
                    end();
                    yield error instanceof CoroutineExhaustedException
                            ? Outcome.raised(ExhaustionLeakedException.class, false, true) // 6.8, PEP 479
                            : same; // 6.3, 6.7
                }
                if (!handler.yieldsAfterCatch()) {
                    end();
                    yield Outcome.returned(ScriptedProgram.handled(point)); // 6.5
                }
                inCatch = true;
                yield Outcome.yielded(ScriptedProgram.caught(point)); // 6.4
            }
            case RUNNING -> throw new IllegalStateException("the model never observes RUNNING from outside");
        };
    }

    private Outcome close() {
        return switch (state) {
            case CLOSED -> Outcome.closed(null); // 12.5
            case CREATED -> {
                state = State.CLOSED; // 7.9
                yield Outcome.closed(null);
            }
            case SUSPENDED -> {
                ScriptedProgram.Handler handler = program.handlers().get(point);
                if (inCatch || !handler.catches(new CoroutineExit())) {
                    end();
                    yield Outcome.closed(null); // 7.1, 7.3
                }
                if (!handler.yieldsAfterCatch()) {
                    end();
                    yield Outcome.closed(ScriptedProgram.handled(point)); // 7.4
                }
                inCatch = true;
                yield raised(IgnoredExitException.class); // 7.6: stays SUSPENDED
            }
            case RUNNING -> throw new IllegalStateException("the model never observes RUNNING from outside");
        };
    }

    private Outcome enter(Object sent) {
        if (point < program.handlers().size()) {
            state = State.SUSPENDED;
            return Outcome.yielded(ScriptedProgram.yielded(point, sent));
        }
        end();
        return Outcome.returned(ScriptedProgram.returned(sent)); // 4.1
    }

    private static Outcome raised(Class<? extends Throwable> type) {
        return Outcome.raised(type, false, false);
    }

    /** The body ends: its finally block runs once. */
    private void end() {
        state = State.CLOSED;
        finallies++;
    }
}

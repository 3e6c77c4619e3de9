package org.corotck.tck;

import org.corotck.spec.State;

/**
 * SPEC.md as plain code, for one {@link ScriptedProgram}: one method per operation and a switch on the
 * state. It predicts each operation's outcome as a short string (see {@link Outcomes}) and how many times
 * the body's finally block has run.
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

    public int finallies() {
        return finallies;
    }

    /** next() is send(null) (rule 3.1). */
    public String send(Object value) {
        return switch (state) {
            case CLOSED -> Outcomes.exhausted(null); // 12.2
            case CREATED -> {
                if (value != null) {
                    yield Outcomes.raised("NotStartedException"); // 12.3: stays CREATED
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

    public String throwInto(Throwable error) {
        return switch (state) {
            case CLOSED -> Outcomes.SAME; // 12.4
            case CREATED -> {
                state = State.CLOSED; // 6.1, 6.2: no handler or finally runs
                yield Outcomes.SAME;
            }
            case SUSPENDED -> {
                ScriptedProgram.Handler handler = program.handlers().get(point);
                if (inCatch || !handler.catches(error)) {
                    end();
                    yield error instanceof org.corotck.spec.CoroutineExhaustedException ? Outcomes.LEAKED_SAME : Outcomes.SAME; // 6.3, 6.7, 6.8
                }
                if (!handler.yieldsAfterCatch()) {
                    end();
                    yield Outcomes.exhausted(ScriptedProgram.handled(point)); // 6.5
                }
                inCatch = true;
                yield Outcomes.yielded(ScriptedProgram.caught(point)); // 6.4
            }
            case RUNNING -> throw new IllegalStateException("the model never observes RUNNING from outside");
        };
    }

    public String close() {
        return switch (state) {
            case CLOSED -> Outcomes.closed(null); // 12.5
            case CREATED -> {
                state = State.CLOSED; // 7.9
                yield Outcomes.closed(null);
            }
            case SUSPENDED -> {
                ScriptedProgram.Handler handler = program.handlers().get(point);
                if (inCatch || !ScriptedProgram.catchesExit(handler)) {
                    end();
                    yield Outcomes.closed(null); // 7.1, 7.3
                }
                if (!handler.yieldsAfterCatch()) {
                    end();
                    yield Outcomes.closed(ScriptedProgram.handled(point)); // 7.4
                }
                inCatch = true;
                yield Outcomes.raised("IgnoredExitException"); // 7.6: stays SUSPENDED
            }
            case RUNNING -> throw new IllegalStateException("the model never observes RUNNING from outside");
        };
    }

    private String enter(Object sent) {
        if (point < program.handlers().size()) {
            state = State.SUSPENDED;
            return Outcomes.yielded(ScriptedProgram.yielded(point, sent));
        }
        end();
        return Outcomes.exhausted(ScriptedProgram.returned(sent)); // 4.1
    }

    private void end() {
        state = State.CLOSED;
        finallies++;
    }

    /** Outcomes as comparable strings, made the same way from the model and from a real coroutine. */
    public static final class Outcomes {
        /** The very exception instance given to the operation was thrown. */
        public static final String SAME = "threw the same instance";
        /** ExhaustionLeakedException whose cause is the instance given (PEP 479). */
        public static final String LEAKED_SAME = "threw ExhaustionLeakedException caused by the same instance";

        private Outcomes() {}

        public static String yielded(Object value) {
            return "yielded " + value;
        }

        public static String exhausted(Object value) {
            return "exhausted with " + value;
        }

        public static String closed(Object value) {
            return "close returned " + value;
        }

        public static String raised(String simpleName) {
            return "threw " + simpleName;
        }

        /** The outcome of a real exception, relative to the instance the operation passed in (or null). */
        public static String of(Throwable thrown, Throwable given) {
            if (given != null && thrown == given) {
                return SAME;
            }
            if (thrown instanceof org.corotck.spec.CoroutineExhaustedException e) {
                return exhausted(e.value());
            }
            if (given != null && thrown instanceof org.corotck.spec.ExhaustionLeakedException && thrown.getCause() == given) {
                return LEAKED_SAME;
            }
            return raised(thrown.getClass().getSimpleName());
        }
    }
}

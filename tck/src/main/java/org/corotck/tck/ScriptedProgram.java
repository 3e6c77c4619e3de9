package org.corotck.tck;

import java.util.List;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/**
 * A small family of coroutine bodies for the model-based properties: {@code yields.size()} yield points,
 * each with its own handler, inside one try/finally. Point {@code i} yields {@code "y<i>(<sent>)"}, where
 * {@code sent} is what resumed the body into that point; past the last point the body returns
 * {@code "r(<sent>)"}. What a point's handler does with an exception raised at it is {@link Handler}.
 * The finally block appends to the log, so the model can check it runs exactly once.
 *
 * @param handlers one handler per yield point
 */
public record ScriptedProgram(List<Handler> handlers) {

    /** What a yield point does with an exception raised at it (by throwInto, or close's CoroutineExit). */
    public enum Handler {
        /** No handler: the exception propagates. */
        NONE,
        /** {@code catch (Exception e) { yield "c<i>" }}, then go on to the next point. CoroutineExit passes. */
        CATCH_EXCEPTION_YIELD,
        /** {@code catch (Exception e) { return "h<i>" }}. CoroutineExit passes. */
        CATCH_EXCEPTION_RETURN,
        /** {@code catch (Throwable t) { return "h<i>" }}: also answers close() with a value. */
        CATCH_ALL_RETURN,
        /** {@code catch (Throwable t) { yield "c<i>" }}: ignores close(). */
        CATCH_ALL_YIELD;

        boolean catches(Throwable t) {
            return switch (this) {
                case NONE -> false;
                case CATCH_EXCEPTION_YIELD, CATCH_EXCEPTION_RETURN -> t instanceof Exception;
                case CATCH_ALL_RETURN, CATCH_ALL_YIELD -> true;
            };
        }

        boolean yieldsAfterCatch() {
            return this == CATCH_EXCEPTION_YIELD || this == CATCH_ALL_YIELD;
        }
    }

    public ScriptedProgram {
        handlers = List.copyOf(handlers);
    }

    static String yielded(int point, Object sent) {
        return "y" + point + "(" + sent + ")";
    }

    static String caught(int point) {
        return "c" + point;
    }

    static String handled(int point) {
        return "h" + point;
    }

    static String returned(Object sent) {
        return "r(" + sent + ")";
    }

    /** The program in both body forms; the finally block logs "finally". */
    public Fixture<Object, Object> fixture(EffectLog log) {
        return Fixture.of(() -> y -> {
            try {
                Object sent = null;
                for (int point = 0; point < handlers.size(); point++) {
                    Handler handler = handlers.get(point);
                    try {
                        sent = y.yield(yielded(point, sent));
                    } catch (Throwable t) {
                        if (!handler.catches(t)) {
                            throw t;
                        }
                        if (!handler.yieldsAfterCatch()) {
                            return handled(point);
                        }
                        sent = y.yield(caught(point));
                    }
                }
                return returned(sent);
            } finally {
                log.add("finally");
            }
        }, () -> new Machine(log));
    }

    /** The same body with an explicit program counter: point {@code pc}, or its catch block when {@code inCatch}. */
    private final class Machine implements StateMachine<Object, Object> {
        private final EffectLog log;
        private boolean started;
        private int pc;
        private boolean inCatch;

        Machine(EffectLog log) {
            this.log = log;
        }

        @Override
        public Step<Object, Object> resume(Object sent) {
            if (started) {
                pc++;
                inCatch = false;
            }
            started = true;
            return enter(sent);
        }

        /** Enters point {@code pc} with {@code sent}, or returns past the last one. */
        private Step<Object, Object> enter(Object sent) {
            if (pc < handlers.size()) {
                return Step.yield(yielded(pc, sent));
            }
            log.add("finally");
            return Step.done(returned(sent));
        }

        @Override
        public Step<Object, Object> resumeThrowing(Throwable thrown) {
            Handler handler = handlers.get(pc);
            if (inCatch || !handler.catches(thrown)) {
                log.add("finally"); // a catch block has no handler of its own: the exception leaves the body
                return Step.raise(thrown);
            }
            if (!handler.yieldsAfterCatch()) {
                log.add("finally");
                return Step.done(handled(pc));
            }
            inCatch = true;
            return Step.yield(caught(pc));
        }
    }

    /** Whether a CoroutineExit counts as caught by this handler: only the catch-all ones see it. */
    static boolean catchesExit(Handler handler) {
        return handler.catches(new CoroutineExit());
    }
}

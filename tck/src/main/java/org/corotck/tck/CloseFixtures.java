package org.corotck.tck;

import static org.corotck.tck.programs.ProgramBuilder.*;

import java.util.List;
import org.corotck.spec.CoroutineExit;
import org.corotck.tck.programs.Program;
import org.corotck.tck.programs.Stmt;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/**
 * The bodies of the close rules (SPEC.md, section 7): one yield inside nested try/finally blocks with a
 * handler for the close request as told (a program, read by the interpreter and the compiler), and what a
 * handler or a resource raises.
 */
final class CloseFixtures {
    private CloseFixtures() {}

    /** What a body does when the close request reaches its one yield. */
    enum OnExit { IGNORE_IT, CATCH_EXCEPTION, RETURN_VALUE, RETHROW, RETURN_NULL, YIELD, RAISE }

    /** What the {@link #closing} body yields at its one yield, where the close request reaches it. */
    static final long SUSPENDED = 1;
    /** What the handler returns (RETURN_VALUE) and yields (YIELD), and what the body returns past its end. */
    static final long RETURNED_WHILE_CLOSING = 4, YIELDED_WHILE_CLOSING = 5, FELL_OFF_THE_END = 6;
    /** What the {@link #closing} body logs: its handler of the close request, then each finally block. */
    static final String CAUGHT_THE_REQUEST = "3", INNER_FINALLY = "1", OUTER_FINALLY = "2";
    /** What its {@code except Exception} logs, which must never see the close request (rule 7.3). */
    static final String CATCH_EXCEPTION_SAW_IT = "9";
    /** What the handler raises (RAISE): Python's KeyError (rule 7.8). */
    static final Class<IndexOutOfBoundsException> RAISED_ON_CLOSE = IndexOutOfBoundsException.class;

    /**
     * One yield inside two try/finally blocks, with {@code onExit} for the close request, as Python:
     *
     * <pre>
     * try:
     *     try:
     *         try:
     *             yield 1
     *         except Exception:
     *             LOG.append(9)
     *     except GeneratorExit:       # absent for IGNORE_IT and CATCH_EXCEPTION
     *         LOG.append(3)
     *         return 4                # RETURN_VALUE; None for RETURN_NULL; yield 5 for YIELD; raise KeyError() for RAISE
     *     finally:
     *         LOG.append(1)
     * finally:
     *     LOG.append(2)
     * return 6
     * </pre>
     *
     * RETHROW lets the request go on as the same instance after logging 3, which is what a
     * {@code try/finally} around the yield does.
     */
    static Fixture<Object, Object> closing(OnExit onExit, EffectLog log) {
        Stmt yieldAndCatchExceptions = tryExcept(block(yieldValue(SUSPENDED)), "Exception", block(log(9)));
        List<Stmt.Catch> handler = switch (onExit) {
            case IGNORE_IT, CATCH_EXCEPTION, RETHROW -> List.of();
            case RETURN_VALUE -> handler(returns(RETURNED_WHILE_CLOSING));
            case RETURN_NULL -> handler(returns(null));
            case YIELD -> handler(yieldValue(YIELDED_WHILE_CLOSING));
            case RAISE -> handler(raise("KeyError"));
        };
        Stmt inner = onExit == OnExit.RETHROW ? tryFinally(block(yieldAndCatchExceptions), block(log(3))) : yieldAndCatchExceptions;
        Program program = program(
                tryFinally(block(new Stmt.Try(block(inner), handler, block(log(1)))), block(log(2))),
                returns(FELL_OFF_THE_END));
        return ProgramFixture.of(program, log);
    }

    private static List<Stmt.Catch> handler(Stmt then) {
        return List.of(new Stmt.Catch("GeneratorExit", block(log(3), then)));
    }

    /**
     * A CoroutineExit of the body's own, as Python's {@code class MyExit(GeneratorExit)}: not the close request, and
     * its message says so where a failure prints it.
     */
    static final class OwnExit extends CoroutineExit {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
            return "the body's own exit, not the close request";
        }
    }

    /** A resource whose close() logs and throws {@code failure}. */
    static final class FailingResource implements AutoCloseable {
        private final String name;
        private final Throwable failure; // unchecked: a RuntimeException, or an Error such as a CoroutineExit
        private final EffectLog log;

        public FailingResource(String name, Throwable failure, EffectLog log) {
            if (!(failure instanceof RuntimeException || failure instanceof Error)) {
                throw new IllegalArgumentException("a resource's close() here throws only unchecked failures: " + failure);
            }
            this.name = name;
            this.failure = failure;
            this.log = log;
        }

        @Override
        public void close() {
            log.add(name + " closed");
            if (failure instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }

        /**
         * What try-with-resources does to {@code thrown} on its way out, for the state-machine twins of a
         * stackful body: closes each resource in turn, innermost first, adding its failure to {@code thrown}
         * as suppressed; returns {@code thrown}.
         */
        static Throwable closeAllOnTheWayOut(Throwable thrown, FailingResource... innermostFirst) {
            for (FailingResource r : innermostFirst) {
                try {
                    r.close();
                } catch (Throwable failed) {
                    thrown.addSuppressed(failed);
                }
            }
            return thrown;
        }

        /**
         * A body that yields "suspended" inside a try-with-resources of two resources, {@code outerName} failing
         * with {@code outerFailure} and {@code innerName} with {@code innerFailure}, closed inner first, and then
         * returns null: Python's {@code with outer: with inner: yield}, both {@code __exit__}s raising.
         */
        static Fixture<Object, Object> yieldingInsideTwo(String outerName, Throwable outerFailure, String innerName,
                Throwable innerFailure, EffectLog log) {
            return Fixture.of(
                    () -> y -> {
                        try (FailingResource outer = new FailingResource(outerName, outerFailure, log);
                                FailingResource inner = new FailingResource(innerName, innerFailure, log)) {
                            y.yield("suspended");
                        }
                        return null;
                    },
                    () -> new SuspendedOnce() {
                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            return Step.raise(closeAllOnTheWayOut(thrown, new FailingResource(innerName, innerFailure, log),
                                    new FailingResource(outerName, outerFailure, log)));
                        }
                    });
        }

        /**
         * A body that yields {@code first} inside a try-with-resources of a resource named {@code name} that
         * fails with {@code failure} (on every way out), and returns what it is sent: Python's
         * {@code with cm: return (yield first)}, {@code __exit__} raising.
         */
        static Fixture<Object, Object> yieldingInside(String name, Object first, Throwable failure, EffectLog log) {
            return Fixture.of(
                    () -> y -> {
                        try (FailingResource r = new FailingResource(name, failure, log)) {
                            return y.yield(first);
                        }
                    },
                    () -> new YieldFirst<>(first) {
                        private final FailingResource r = new FailingResource(name, failure, log);

                        @Override
                        protected Step<Object, Object> next(Object sent) {
                            r.close(); // on the normal way out too, as try-with-resources does: it throws
                            return Step.done(sent);
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            return Step.raise(closeAllOnTheWayOut(thrown, r));
                        }
                    });
        }

        /**
         * A body that yields {@code first} inside a try-with-resources of a resource named {@code name} that
         * fails with {@code failure}, and when resumed raises {@code raised}, an error of its own (a
         * CoroutineExit, say): Python's {@code with cm: yield first; raise raised}, {@code __exit__} raising.
         */
        static Fixture<Object, Object> raisingInside(String name, Object first, Error raised,
                RuntimeException failure, EffectLog log) {
            return Fixture.of(
                    () -> y -> {
                        try (FailingResource r = new FailingResource(name, failure, log)) {
                            y.yield(first);
                            throw raised;
                        }
                    },
                    () -> new YieldFirst<>(first) {
                        private final FailingResource r = new FailingResource(name, failure, log);

                        @Override
                        protected Step<Object, Object> next(Object sent) {
                            return Step.raise(closeAllOnTheWayOut(raised, r));
                        }

                        @Override
                        public Step<Object, Object> resumeThrowing(Throwable thrown) {
                            return Step.raise(closeAllOnTheWayOut(thrown, r));
                        }
                    });
        }
    }
}

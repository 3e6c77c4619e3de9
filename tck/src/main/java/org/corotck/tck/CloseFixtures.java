package org.corotck.tck;

import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/**
 * The bodies of the close rules (SPEC.md, section 7): one yield inside nested try/finally blocks with a
 * handler for the close request as told, and what a handler or a resource raises.
 */
final class CloseFixtures {
    private CloseFixtures() {}

    /** What a body does when the close request reaches its one yield. */
    enum OnExit { IGNORE_IT, CATCH_EXCEPTION, RETURN_VALUE, RETHROW, RETURN_NULL, YIELD, RAISE }

    /** Raised by a body while it handles the close request (rule 7.8). */
    static final class RaisedOnClose extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RaisedOnClose() {
            super("raised while closing");
        }
    }

    /**
     * Two nested try/finally blocks around one yield of "suspended", with the handler {@code onExit} for
     * the close request; logs "inner finally" and "outer finally", and what the handler saw.
     */
    static Fixture<Object, Object> closing(OnExit onExit, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        try {
                            try {
                                y.yield("suspended");
                            } catch (Exception e) {
                                log.add("catch (Exception) saw " + e);
                            }
                        } catch (CoroutineExit exit) {
                            if (onExit == OnExit.IGNORE_IT || onExit == OnExit.CATCH_EXCEPTION) {
                                throw exit; // as if there were no handler for it
                            }
                            log.add("caught the close request");
                            switch (onExit) {
                                case RETURN_VALUE -> {
                                    return "returned while closing";
                                }
                                case RETURN_NULL -> {
                                    return null;
                                }
                                case YIELD -> y.yield("yielded while closing");
                                case RAISE -> throw new RaisedOnClose();
                                default -> throw exit;
                            }
                        } finally {
                            log.add("inner finally");
                        }
                    } finally {
                        log.add("outer finally");
                    }
                    return "fell off the end";
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (pc == 0) {
                            pc = 1;
                            return Step.yield("suspended");
                        }
                        log.add("inner finally");
                        log.add("outer finally");
                        return Step.done("fell off the end");
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (pc == 1 && thrown instanceof Exception e) {
                            log.add("catch (Exception) saw " + e);
                            return resume(null);
                        }
                        boolean handles = pc == 1 && thrown instanceof CoroutineExit
                                && onExit != OnExit.IGNORE_IT && onExit != OnExit.CATCH_EXCEPTION;
                        if (handles) {
                            log.add("caught the close request");
                        }
                        if (handles && onExit == OnExit.YIELD) {
                            pc = 2;
                            return Step.yield("yielded while closing");
                        }
                        log.add("inner finally");
                        log.add("outer finally");
                        if (!handles) {
                            return Step.raise(thrown);
                        }
                        return switch (onExit) {
                            case RETURN_VALUE -> Step.done("returned while closing");
                            case RETURN_NULL -> Step.done(null);
                            case RAISE -> Step.raise(new RaisedOnClose());
                            default -> Step.raise(thrown);
                        };
                    }
                });
    }

    /** A CoroutineExit of the body's own, as Python's {@code class MyExit(GeneratorExit)}. */
    static final class OwnExit extends CoroutineExit {
        private static final long serialVersionUID = 1L;
    }

    /** A resource whose close() logs and throws {@code failure}. */
    static final class FailingResource implements AutoCloseable {
        private final String name;
        private final RuntimeException failure;
        private final EffectLog log;

        public FailingResource(String name, RuntimeException failure, EffectLog log) {
            this.name = name;
            this.failure = failure;
            this.log = log;
        }

        @Override
        public void close() {
            log.add(name + " closed");
            throw failure;
        }
    }
}

package org.corotck.tck;

import java.util.function.Supplier;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/**
 * The bodies of the rules on a close request that crosses a delegation (SPEC.md, rules 9.4-9.6, 9.12): a
 * sub-coroutine that answers it as told, and a delegator that logs what reaches its delegation.
 */
final class DelegationExitFixtures {
    private DelegationExitFixtures() {}

    /** What a sub-coroutine does with the close request at its first yield, for rules 9.4-9.6. */
    enum OnSubExit { RETURN_VALUE, IGNORE_ONCE, RAISE }

    /** Raised by a sub-coroutine that fails to close (rule 9.5). */
    static final class SubFailedToClose extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SubFailedToClose() {
            super("the sub-coroutine failed while closing");
        }
    }

    /**
     * A sub-coroutine that yields "s1" and answers a close request there as {@code how} says: returns "sub's
     * close value", yields "sub ignores close" once (and then returns at its next step), or raises
     * {@code failure}. Logs what it did.
     */
    static Fixture<Object, Object> subOnExit(OnSubExit how, RuntimeException failure, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        y.yield("s1");
                    } catch (CoroutineExit request) {
                        log.add("sub got the close request");
                        switch (how) {
                            case RETURN_VALUE -> {
                                return "sub's close value";
                            }
                            case IGNORE_ONCE -> {
                                y.yield("sub ignores close");
                                return "sub ended";
                            }
                            default -> throw failure;
                        }
                    }
                    return "sub returned";
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return pc++ == 0 ? Step.yield("s1") : Step.done(pc == 2 ? "sub returned" : "sub ended");
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (pc != 1 || !(thrown instanceof CoroutineExit)) {
                            return Step.raise(thrown);
                        }
                        log.add("sub got the close request");
                        pc = 3;
                        return switch (how) {
                            case RETURN_VALUE -> Step.done("sub's close value");
                            case IGNORE_ONCE -> Step.yield("sub ignores close");
                            default -> Step.raise(failure);
                        };
                    }
                });
    }

    /** What an observing delegator does with the exception that reaches its delegation. */
    enum DelegatorHandling { RETHROW, RETURN_VALUE, YIELD }

    /**
     * A delegator that logs what reaches its delegation ("delegator saw X", or "after yield from R" when the
     * delegation returned R), then rethrows it, returns "delegator's value", or yields "delegator yields"
     * and then returns; logs its finally.
     */
    static Fixture<Object, Object> observingDelegator(Supplier<Coroutine<Object, Object>> sub,
            DelegatorHandling handling, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        Object r;
                        try {
                            r = y.yieldFrom(sub.get());
                        } catch (Throwable t) {
                            log.add("delegator saw " + t.getClass().getSimpleName());
                            switch (handling) {
                                case RETURN_VALUE -> {
                                    return "delegator's value";
                                }
                                case YIELD -> {
                                    y.yield("delegator yields");
                                    return "delegator ended";
                                }
                                default -> throw t;
                            }
                        }
                        log.add("after yield from " + r);
                        return y.yield("after");
                    } finally {
                        log.add("delegator finally");
                    }
                },
                () -> new StateMachine<>() {
                    private int pc;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        if (pc == 0) {
                            pc = 1;
                            return Step.delegate(sub.get());
                        }
                        log.add("delegator finally");
                        return Step.done(pc == 2 ? sent : "delegator ended");
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        log.add("after yield from " + value);
                        pc = 2;
                        return Step.yield("after");
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (pc != 1) {
                            log.add("delegator finally");
                            return Step.raise(thrown);
                        }
                        log.add("delegator saw " + thrown.getClass().getSimpleName());
                        switch (handling) {
                            case RETURN_VALUE -> {
                                log.add("delegator finally");
                                return Step.done("delegator's value");
                            }
                            case YIELD -> {
                                pc = 3;
                                return Step.yield("delegator yields");
                            }
                            default -> {
                                log.add("delegator finally");
                                return Step.raise(thrown);
                            }
                        }
                    }
                });
    }
}

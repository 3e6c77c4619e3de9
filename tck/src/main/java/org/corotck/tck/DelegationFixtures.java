package org.corotck.tck;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.corotck.spec.AlreadyExecutingException;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExit;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.Yielder;
import org.junit.jupiter.api.function.Executable;

/**
 * The bodies of the delegation rules (SPEC.md, section 9), each in both forms: a sub-coroutine with handlers,
 * the delegator over it, a link of a chain, a delegator that catches a failed delegation, the notebook's grouper.
 */
final class DelegationFixtures {
    private DelegationFixtures() {}

    /** What the sub-coroutine does with an exception that reaches its yield. */
    enum SubHandler { NONE, YIELD_ON_ILLEGAL_ARGUMENT, IGNORE_CLOSE }

    /**
     * The sub-coroutine: yields "s1", then "s2 got X" (X what the first send delivered), then returns
     * "result X2"; logs its finally. {@code handler} says what its yields catch.
     */
    static Fixture<Object, Object> sub(SubHandler handler, EffectLog log, AtomicReference<Throwable> seen) {
        return Fixture.of(
                () -> y -> {
                    try {
                        Object first = yieldHandling(y, "s1", handler, seen);
                        Object second = yieldHandling(y, "s2 got " + first, handler, seen);
                        return "result " + second;
                    } finally {
                        log.add("sub finally");
                    }
                },
                () -> new StateMachine<>() {
                    private int pc;
                    private Object first;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        switch (pc++) {
                            case 0:
                                return Step.yield("s1");
                            case 1:
                                first = sent;
                                return Step.yield("s2 got " + sent);
                            default:
                                log.add("sub finally");
                                return Step.done("result " + sent);
                        }
                    }

                    /** A close request is ignored once only: a finalizer, which asks at every yield, still ends it. */
                    private boolean ignoredOnce;

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        seen.set(thrown);
                        if (handler == SubHandler.YIELD_ON_ILLEGAL_ARGUMENT && thrown instanceof IllegalArgumentException) {
                            // the handler yields in place of that yield, so the next send is that yield's value,
                            // as yieldHandling's retry makes it: pc stays where the interrupted yield left it
                            return Step.yield("sub caught " + thrown.getMessage());
                        }
                        if (handler == SubHandler.IGNORE_CLOSE && thrown instanceof CoroutineExit && !ignoredOnce) {
                            ignoredOnce = true;
                            return Step.yield("sub ignores close"); // as above: pc stays
                        }
                        log.add("sub finally");
                        return Step.raise(thrown);
                    }
                });
    }

    /**
     * A stackful yield wrapped in the sub-coroutine's handler: retries the yield after a handled exception. It
     * takes the Yielder itself, not a function of it, as a helper that yields should: backend instrumented
     * suspends only through methods that take the Yielder (SPEC.md, section 11).
     */
    static Object yieldHandling(Yielder<Object, Object> y, Object value,
                                        SubHandler handler, AtomicReference<Throwable> seen) {
        Object out = value;
        boolean ignoredOnce = false; // a close request is ignored once only: a finalizer, which asks at every yield, still ends it
        while (true) {
            try {
                return y.yield(out);
            } catch (IllegalArgumentException e) {
                seen.set(e);
                if (handler != SubHandler.YIELD_ON_ILLEGAL_ARGUMENT) {
                    throw e;
                }
                out = "sub caught " + e.getMessage();
            } catch (CoroutineExit e) {
                seen.set(e);
                if (handler != SubHandler.IGNORE_CLOSE || ignoredOnce) {
                    throw e;
                }
                ignoredOnce = true;
                out = "sub ignores close";
            } catch (RuntimeException | Error e) {
                seen.set(e);
                throw e;
            }
        }
    }

    /**
     * The delegator: logs "delegator started", delegates to what {@code sub} makes, yields "after R" (R the
     * delegation's result) and returns what it is sent then; logs its finally.
     */
    static Fixture<Object, Object> delegator(Supplier<Coroutine<Object, Object>> sub, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        log.add("delegator started");
                        Object result = y.yieldFrom(sub.get());
                        return y.yield("after " + result);
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
                            log.add("delegator started");
                            return Step.delegate(sub.get());
                        }
                        log.add("delegator finally");
                        return Step.done(sent);
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        pc = 2;
                        return Step.yield("after " + value);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        log.add("delegator finally");
                        return Step.raise(thrown);
                    }
                });
    }

    /** The notebook's {@code grouper}: {@code while True: results[key] = yield from averager()}. */
    static Fixture<Double, Double> grouper(Map<String, Object> results, String key,
            Supplier<Coroutine<Double, Double>> averager) {
        return Fixture.of(
                () -> y -> {
                    while (true) {
                        results.put(key, y.yieldFrom(averager.get()));
                    }
                },
                () -> new StateMachine<>() {
                    @Override
                    public Step<Double, Double> resume(Double sent) {
                        return Step.delegate(averager.get());
                    }

                    @Override
                    public Step<Double, Double> resumeReturned(Object value) {
                        results.put(key, value);
                        return Step.delegate(averager.get());
                    }
                });
    }

    /**
     * A link of a delegation chain: {@code return (yield from sub)}. Logs "NAME got X" when an exception
     * reaches it and "NAME finally" as it ends.
     */
    static Fixture<Object, Object> passThrough(Supplier<Coroutine<Object, Object>> sub, String name, EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    try {
                        return y.yieldFrom(sub.get());
                    } catch (RuntimeException | Error e) {
                        log.got(name, e);
                        throw e;
                    } finally {
                        log.add(name + " finally");
                    }
                },
                () -> new StateMachine<>() {
                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return Step.delegate(sub.get());
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        log.add(name + " finally");
                        return Step.done(value);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        log.got(name, thrown);
                        log.add(name + " finally");
                        return Step.raise(thrown);
                    }
                });
    }

    /** The simple name of what {@code op} throws, or "returned" when it returns: what a body sees of a call it makes. */
    static String failureOf(Executable op) {
        try {
            op.execute();
            return "returned";
        } catch (Throwable t) {
            return t.getClass().getSimpleName();
        }
    }

    /** Delegates to what {@code to} gives; if that raises AlreadyExecutingException, yields "caught ...". */
    static Fixture<Object, Object> catchingDelegator(Supplier<Coroutine<Object, Object>> to) {
        return Fixture.of(
                () -> y -> {
                    try {
                        return y.yieldFrom(to.get());
                    } catch (AlreadyExecutingException e) {
                        return y.yield("caught " + e.getClass().getSimpleName());
                    }
                },
                () -> new StateMachine<>() {
                    private boolean caught;

                    @Override
                    public Step<Object, Object> resume(Object sent) {
                        return caught ? Step.done(sent) : Step.delegate(to.get());
                    }

                    @Override
                    public Step<Object, Object> resumeReturned(Object value) {
                        return Step.done(value);
                    }

                    @Override
                    public Step<Object, Object> resumeThrowing(Throwable thrown) {
                        if (!caught && thrown instanceof AlreadyExecutingException e) {
                            caught = true;
                            return Step.yield("caught " + e.getClass().getSimpleName());
                        }
                        return Step.raise(thrown);
                    }
                });
    }
}

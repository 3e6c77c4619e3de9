package org.corotck.tck;

import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;

/**
 * The Fluent Python notebook's coroutines, each in both body forms. Rule tests that need a body of their
 * own keep it beside the test; the notebook's live here because many rules use them.
 */
public final class Fixtures {
    private Fixtures() {}

    /**
     * The notebook's {@code simple_coroutine}: logs "-> coroutine started", receives x at a bare
     * {@code yield}, logs "-> coroutine received: x" and falls off the end.
     */
    public static Fixture<Object, Object> simpleCoroutine(EffectLog log) {
        return Fixture.of(
                () -> y -> {
                    log.add("-> coroutine started");
                    Object x = y.yield(null);
                    log.add("-> coroutine received: " + x);
                    return null;
                },
                () -> new StateMachine<>() {
                    private boolean started;

                    @Override
                    public Step<Object, Object> resume(Object x) {
                        if (!started) {
                            started = true;
                            log.add("-> coroutine started");
                            return Step.yield(null);
                        }
                        log.add("-> coroutine received: " + x);
                        return Step.done(null);
                    }
                });
    }

    /**
     * The notebook's running {@code averager}: yields null, then after each term the mean so far, computed
     * as {@code total += term; count += 1; total / count}. A non-Double sent through an erased reference
     * fails inside the body with ClassCastException, as Python's {@code total += 'spam'} fails with TypeError.
     */
    public static Fixture<Double, Double> averager() {
        return Fixture.of(
                () -> y -> {
                    double total = 0.0;
                    int count = 0;
                    Double average = null;
                    while (true) {
                        double term = y.yield(average);
                        total += term;
                        count += 1;
                        average = total / count;
                    }
                },
                () -> new StateMachine<>() {
                    private boolean started;
                    private double total;
                    private int count;

                    @Override
                    public Step<Double, Double> resume(Double sent) {
                        if (!started) {
                            started = true;
                            return Step.yield(null);
                        }
                        double term = sent;
                        total += term;
                        count += 1;
                        return Step.yield(total / count);
                    }
                });
    }

    /** What the chapter's later averager returns. */
    public record Result(int count, Double average) {}

    /**
     * The chapter's averager that returns {@code Result(count, average)}: a bare {@code yield} receives each
     * term, and null ends the loop.
     */
    public static Fixture<Double, Double> averagerWithResult() {
        return Fixture.of(
                () -> y -> {
                    double total = 0.0;
                    int count = 0;
                    Double average = null;
                    while (true) {
                        Double term = y.yield(null);
                        if (term == null) {
                            break;
                        }
                        total += term;
                        count += 1;
                        average = total / count;
                    }
                    return new Result(count, average);
                },
                () -> new StateMachine<>() {
                    private boolean started;
                    private double total;
                    private int count;
                    private Double average;

                    @Override
                    public Step<Double, Double> resume(Double term) {
                        if (!started) {
                            started = true;
                            return Step.yield(null);
                        }
                        if (term == null) {
                            return Step.done(new Result(count, average));
                        }
                        total += term;
                        count += 1;
                        average = total / count;
                        return Step.yield(null);
                    }
                });
    }
}

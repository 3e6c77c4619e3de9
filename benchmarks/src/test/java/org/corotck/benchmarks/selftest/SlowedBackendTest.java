package org.corotck.benchmarks.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.corotck.benchmarks.Bodies;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.junit.jupiter.api.Test;

/**
 * The self-test's slowed backend, on a clock the test moves: the burn is the asked fraction of the time between
 * checks, whatever a step costs; a pause is not charged; the slowed coroutines still compute what the real ones do.
 */
class SlowedBackendTest {
    /** A clock that stands still unless moved, and advances by {@code tick} on each read (so that a spin ends). */
    static final class FakeClock {
        final AtomicLong now = new AtomicLong(1_000);
        final long tick;

        FakeClock(long tick) {
            this.tick = tick;
        }

        long read() {
            return now.addAndGet(tick);
        }
    }

    @Test
    void burnsTheFractionOfTheTimeBetweenChecksWhateverAStepCosts() {
        for (long stepNanos : new long[] {10, 20, 1_300}) {
            FakeClock clock = new FakeClock(1);
            DutyCycle cycle = new DutyCycle(0.15, clock::read);
            long worked = 0;
            for (int i = 0; i < 100 * DutyCycle.STEPS_PER_CHECK; i++) {
                clock.now.addAndGet(stepNanos); // the body's own work
                worked += stepNanos;
                cycle.step();
            }
            double share = cycle.burnedNanos() / (double) worked;
            assertEquals(0.15, share, 0.005, "burned " + cycle.burnedNanos() + " ns over " + worked
                    + " ns of work at " + stepNanos + " ns a step");
        }
    }

    @Test
    void burnsOnlyEveryChecksWorthOfSteps() {
        FakeClock clock = new FakeClock(1);
        DutyCycle cycle = new DutyCycle(0.5, clock::read);
        for (int i = 0; i < DutyCycle.STEPS_PER_CHECK - 1; i++) {
            clock.now.addAndGet(100);
            cycle.step();
        }
        assertEquals(0, cycle.burnedNanos(), "no check before the last step of the first batch");
        clock.now.addAndGet(100);
        cycle.step();
        assertTrue(cycle.burnedNanos() >= 0.5 * 100 * DutyCycle.STEPS_PER_CHECK, "burned " + cycle.burnedNanos());
    }

    @Test
    void aPauseBetweenChecksIsNotCharged() {
        FakeClock clock = new FakeClock(1);
        DutyCycle cycle = new DutyCycle(0.15, clock::read);
        clock.now.addAndGet(DutyCycle.MAX_SPAN_NANOS + 1); // JMH between iterations, say
        for (int i = 0; i < DutyCycle.STEPS_PER_CHECK; i++) {
            cycle.step();
        }
        assertEquals(0, cycle.burnedNanos());
        for (int i = 0; i < DutyCycle.STEPS_PER_CHECK; i++) { // the next span is work again
            clock.now.addAndGet(10);
            cycle.step();
        }
        assertTrue(cycle.burnedNanos() > 0);
    }

    @Test
    void aFractionOutsideZeroToOneIsRefused() {
        for (double f : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> new DutyCycle(f, System::nanoTime), "fraction " + f);
        }
    }

    @Test
    void slowedCoroutinesComputeWhatTheRealOnesDoAndEveryStepCounts() {
        Backend real = Backends.byName("state-machine");
        FakeClock clock = new FakeClock(100);
        DutyCycle cycle = new DutyCycle(0.15, clock::read);
        SlowedBackend slowed = new SlowedBackend(real, cycle);
        assertEquals("state-machine", slowed.name(), "keeps the real name: rows compare with the unslowed run's");
        // behind three delegators, as the benchmarks' chains are; priming is a step too
        Coroutine<Double, Double> avg = Bodies.chain(slowed, BodyForm.STATE_MACHINE, 3);
        try {
            assertEquals(10.0, avg.send(10.0));
            assertEquals(15.0, avg.send(20.0));
            assertEquals(20.0, avg.send(30.0));
            assertEquals(0, cycle.burnedNanos(), "no check before " + DutyCycle.STEPS_PER_CHECK + " steps");
            for (int i = 3; i < DutyCycle.STEPS_PER_CHECK; i++) {
                avg.send(1.0);
            }
        } finally {
            avg.close();
        }
        assertTrue(cycle.burnedNanos() > 0, "a check after " + DutyCycle.STEPS_PER_CHECK + " steps burned");
    }

    @Test
    void onlyTheNamedBackendIsWrapped() {
        Backend real = Backends.byName("state-machine");
        String before = System.getProperty(SlowedBackend.PROPERTY);
        try {
            System.setProperty(SlowedBackend.PROPERTY, "continuation:0.15");
            assertSame(real, SlowedBackend.wrapIfAsked(real));
            System.setProperty(SlowedBackend.PROPERTY, "-------------:0.15");
            assertSame(real, SlowedBackend.wrapIfAsked(real), "a placebo slows nothing");
            System.setProperty(SlowedBackend.PROPERTY, "state-machine:0.15");
            assertTrue(SlowedBackend.wrapIfAsked(real) instanceof SlowedBackend);
            System.setProperty(SlowedBackend.PROPERTY, "state-machine:15%");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SlowedBackend.wrapIfAsked(real));
            assertTrue(e.getMessage().contains("BACKEND:FRACTION"), e.getMessage());
            System.setProperty(SlowedBackend.PROPERTY, "state-machine:0.0");
            assertThrows(IllegalArgumentException.class, () -> SlowedBackend.wrapIfAsked(real), "no slowdown at all");
        } finally {
            if (before == null) {
                System.clearProperty(SlowedBackend.PROPERTY);
            } else {
                System.setProperty(SlowedBackend.PROPERTY, before);
            }
        }
        assertFalse(SlowedBackend.isPlacebo("state-machine:0.15"));
    }
}

package org.corotck.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * Fluent Python's taxi simulation (taxi_sim.py): each taxi is a coroutine yielding events
 * (leave garage, pick up, drop off, going home); a priority queue of events ordered by time drives them.
 */
public final class TaxiSim {
    public record Event(int time, int proc, String action) {}

    static final String[] ACTIONS = {"leave garage", "pick up passenger", "drop off passenger", "going home"};

    /** {@code taxi_process(ident, trips, start_time)} as a state machine. */
    public static final class TaxiMachine implements StateMachine<Integer, Event> {
        final int ident;
        final int trips;
        final int start;
        int pc;
        int tripsDone;

        TaxiMachine(int ident, int trips, int start) {
            this.ident = ident;
            this.trips = trips;
            this.start = start;
        }

        @Override
        public Step<Integer, Event> resume(Integer time) {
            if (pc == 0) {
                pc = trips == 0 ? 3 : 1;
                return Step.yield(new Event(start, ident, ACTIONS[0]));
            }
            if (pc == 1) {
                pc = 2;
                return Step.yield(new Event(time, ident, ACTIONS[1]));
            }
            if (pc == 2) {
                tripsDone++;
                pc = tripsDone == trips ? 3 : 1;
                return Step.yield(new Event(time, ident, ACTIONS[2]));
            }
            if (pc == 3) {
                pc = 4;
                return Step.yield(new Event(time, ident, ACTIONS[3]));
            }
            return Step.done(null);
        }
    }

    static Object taxi(org.corotck.spec.Yielder<Integer, Event> y, int ident, int trips, int startTime) {
        int time = y.yield(new Event(startTime, ident, ACTIONS[0]));
        for (int i = 0; i < trips; i++) {
            time = y.yield(new Event(time, ident, ACTIONS[1]));
            time = y.yield(new Event(time, ident, ACTIONS[2]));
        }
        y.yield(new Event(time, ident, ACTIONS[3]));
        return null;
    }

    /** Runs the simulation to the end; returns the number of events processed. */
    public static long run(Backend backend, BodyForm form, int taxis, int trips, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Coroutine<Integer, Event>> procs = new ArrayList<>(taxis);
        PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.time != b.time
                ? Integer.compare(a.time, b.time) : Integer.compare(a.proc, b.proc));
        try {
            for (int i = 0; i < taxis; i++) {
                int ident = i;
                int start = i * 5;
                Coroutine<Integer, Event> c = form == BodyForm.STATE_MACHINE
                        ? backend.stateMachine(new TaxiMachine(ident, trips, start))
                        : backend.stackful(y -> taxi(y, ident, trips, start));
                procs.add(c);
                events.add(c.next());
            }
            long processed = 0;
            while (!events.isEmpty()) {
                Event current = events.poll();
                processed++;
                int nextTime = current.time() + 1 + random.nextInt(current.action().equals(ACTIONS[1]) ? 20 : 5);
                Coroutine<Integer, Event> c = procs.get(current.proc());
                try {
                    events.add(c.send(nextTime));
                } catch (CoroutineExhaustedException done) {
                    procs.set(current.proc(), null);
                }
            }
            return processed;
        } finally {
            Bodies.closeAll(procs);
        }
    }
}

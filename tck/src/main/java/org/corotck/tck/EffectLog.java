package org.corotck.tck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A body's side-effect log, safe to write from the body's thread and read from the test's: the order of
 * entries is the order the body ran them.
 */
public final class EffectLog {
    private final List<String> entries = new ArrayList<>();
    private final Map<String, Throwable> lastGot = new HashMap<>();

    public synchronized void add(String entry) {
        entries.add(entry);
    }

    /** Logs "WHO got X" for an exception that reached WHO, keeping the instance: rules on identity ask for it. */
    public synchronized void got(String who, Throwable t) {
        entries.add(who + " got " + t.getClass().getSimpleName());
        lastGot.put(who, t);
    }

    /** The last exception {@link #got} logged for WHO, or null. */
    public synchronized Throwable lastGot(String who) {
        return lastGot.get(who);
    }

    public synchronized List<String> entries() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized String toString() {
        return entries.toString();
    }
}

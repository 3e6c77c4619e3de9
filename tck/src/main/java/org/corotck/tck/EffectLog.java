package org.corotck.tck;

import java.util.ArrayList;
import java.util.List;

/**
 * A body's side-effect log, safe to write from the body's thread and read from the test's: the order of
 * entries is the order the body ran them.
 */
public final class EffectLog {
    private final List<String> entries = new ArrayList<>();

    public synchronized void add(String entry) {
        entries.add(entry);
    }

    public synchronized List<String> entries() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized String toString() {
        return entries.toString();
    }
}

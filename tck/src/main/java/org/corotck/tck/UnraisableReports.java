package org.corotck.tck;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.corotck.spec.Coroutines;

/**
 * Collects what backends report to the unraisable handler (rules 10.3, 10.5, 10.6) while a test runs, and
 * puts the previous handler back when closed. The handler is global, and coroutines abandoned by earlier
 * tests may be finalized meanwhile, so a test looks only for the instances its own bodies made.
 */
final class UnraisableReports implements AutoCloseable {
    private final Queue<Throwable> reports = new ConcurrentLinkedQueue<>();
    private final Consumer<? super Throwable> previous = Coroutines.unraisableHandler();

    UnraisableReports() {
        Coroutines.setUnraisableHandler(reports::add);
    }

    List<Throwable> all() {
        return List.copyOf(reports);
    }

    /** How many reports are {@code expected} itself. */
    long count(Throwable expected) {
        return reports.stream().filter(r -> r == expected).count();
    }

    /** How many reports are of {@code type} and caused by {@code cause}. */
    long countCausedBy(Class<? extends Throwable> type, Throwable cause) {
        return reports.stream().filter(r -> type.isInstance(r) && r.getCause() == cause && cause != null).count();
    }

    @Override
    public void close() {
        Coroutines.setUnraisableHandler(previous);
    }
}

package org.corotck.tck;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Leak checks after all tests of a TCK class, as the JSR166 TCK does in its tearDown, so that a leak no
 * single rule test saw still fails the run:
 * <ul>
 *   <li>the platform threads come back to the baseline taken before the class's first test (within the
 *       operation bound, collecting garbage meanwhile, since abandoned suspended coroutines end their
 *       threads only after a GC); leaked threads are summed up in a few lines: how many, their names, where
 *       they wait;
 *   <li>a coroutine body, in each form the backend runs, is unreachable once its coroutine was closed and
 *       dropped: nothing the backend keeps (a thread, a registry, a Cleaner) still holds it.
 * </ul>
 * Both report rule 10.4: every thread a backend starts for a coroutine ends when the coroutine closes. The
 * TCK's own threads ({@link TckThreads}: the worker of a test that timed out, parked in the backend for good,
 * or a test's helper threads) are not the backend's: they are left out, and named in a note (in the failure
 * message if there is one, else on standard output); the hang already failed its own rule. Threads the
 * backend started, even from inside such a test, still count. A
 * failure fails the class and is a failed outcome of rule 10.4 in the conformance report (see
 * {@link ConformanceReport#classLevelFailure}), which is why {@link CoroutineTck} registers this extension
 * after the report: JUnit runs after-all callbacks in reverse, so this check ends before the report is written.
 * It waits no longer than any one operation may take: a backend that leaks fails quickly and briefly, and
 * the failures of its rule tests stay readable above it.
 */
public final class LeakCheckExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeakCheckExtension.class);
    private static final String BASELINE = "baseline";
    private static final String BACKEND = "backend";
    /** The name of this check among rule 10.4's outcomes in the conformance report. */
    static final String CHECK = "(leak check after all tests)";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(BASELINE, LiveThreads.snapshot());
        context.getStore(NAMESPACE).put(BACKEND, new AtomicReference<Backend>());
    }

    /** Keeps the backend of the last test that could make one, for the reachability probe. */
    @Override
    public void afterEach(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        AtomicReference<Backend> last = context.getStore(NAMESPACE).get(BACKEND, AtomicReference.class);
        if (last != null && context.getTestInstance().orElse(null) instanceof TckContext tck) {
            try {
                last.set(tck.backend());
            } catch (RuntimeException | Error cannotCreate) {
                // that test failed for it already
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String testClass = context.getRequiredTestClass().getSimpleName();
        @SuppressWarnings("unchecked")
        AtomicReference<Backend> last = context.getStore(NAMESPACE).get(BACKEND, AtomicReference.class);
        Backend backend = last == null ? null : last.get();
        List<String> leaks = new ArrayList<>();
        if (backend != null) {
            unreachable("state-machine", closedMachine(backend)).ifPresent(leaks::add);
            if (backend.capabilities().contains(Capability.STACKFUL)) {
                try {
                    unreachable("stackful", closedStackful(backend)).ifPresent(leaks::add);
                } catch (UnsupportedOperationException refused) {
                    // declared but refused: no body to probe, and no leak; every stackful test failed saying so
                    System.out.println("corotck: leak check after all tests of " + testClass + ": no stackful body"
                            + " probed, since " + TckContext.declaredButRefused(backend, refused));
                }
            }
        }
        @SuppressWarnings("unchecked")
        Set<Thread> baseline = context.getStore(NAMESPACE).get(BASELINE, Set.class);
        if (baseline != null && !Timeouts.poll(Timeouts.OPERATION, () -> collectedAndGone(baseline))) {
            leaks.add(summary(backendThreads(baseline)));
        }
        String leftOut = baseline == null ? "" : leftOut(tckThreads(baseline));
        if (!leaks.isEmpty()) {
            String message = "rule 10.4: leak check after all tests of " + testClass + " (waited "
                    + Timeouts.scaled(Timeouts.OPERATION) + "): " + String.join("; ", leaks)
                    + (leftOut.isEmpty() ? "" : "\n    " + leftOut);
            ConformanceReport.classLevelFailure(context, "10.4", CHECK, message);
            throw new TckTimeoutError(TckTimeoutError.Scope.WAIT, message);
        }
        if (!leftOut.isEmpty()) {
            System.out.println("corotck: leak check after all tests of " + testClass + ": no leak; " + leftOut);
        }
    }

    /** The threads started since {@code baseline} that count for rule 10.4: all but the TCK's own. */
    private static List<Thread> backendThreads(Set<Thread> baseline) {
        return LiveThreads.startedSince(baseline).stream().filter(t -> !TckThreads.owned(t)).toList();
    }

    /** The TCK's own threads started since {@code baseline} and still alive, such as the worker of a test that hung. */
    private static List<Thread> tckThreads(Set<Thread> baseline) {
        return LiveThreads.startedSince(baseline).stream().filter(TckThreads::owned).toList();
    }

    /**
     * A note on the TCK's own threads the leak check left out, or empty if there are none: each with where it
     * waits, the workers of tests that timed out said to be so. They do not count against the backend.
     */
    static String leftOut(List<Thread> tckThreads) {
        if (tckThreads.isEmpty()) {
            return "";
        }
        long timedOut = tckThreads.stream().filter(TckThreads::ofATestThatTimedOut).count();
        String what = timedOut == tckThreads.size()
                ? (timedOut == 1 ? "1 thread of a test that timed out" : timedOut + " threads of tests that timed out")
                : tckThreads.size() + " of the TCK's own threads (" + timedOut + " of tests that timed out)";
        return "left out, as the TCK's own and not the backend's: " + what + ": " + tckThreads.stream()
                .sorted(java.util.Comparator.comparing(Thread::getName)).limit(5)
                .map(t -> t.getName() + " (" + t.getState() + where(t) + ")").collect(Collectors.joining(", "))
                + (tckThreads.size() > 5 ? ", ..." : "");
    }

    /** Where {@code t} is: " in Class.method" of its first frame outside the JDK, or of its top frame; empty if none. */
    private static String where(Thread t) {
        StackTraceElement[] stack = t.getStackTrace();
        return Arrays.stream(stack).filter(f -> !f.getClassName().startsWith("java.")
                        && !f.getClassName().startsWith("jdk.") && !f.getClassName().startsWith("sun."))
                .findFirst().or(() -> Arrays.stream(stack).findFirst()).map(f -> " in " + f.getClassName() + "."
                        + f.getMethodName()).orElse("");
    }

    /**
     * A few lines on leaked threads, not a dump: how many, grouped by name (numbers masked) and state, with
     * the frame where each group waits and a few of its names.
     */
    static String summary(List<Thread> leaked) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (Thread t : leaked) {
            groups.computeIfAbsent(t.getName().replaceAll("\\d+", "N") + " (" + t.getState() + where(t) + ")",
                    k -> new ArrayList<>()).add(t.getName());
        }
        StringBuilder out = new StringBuilder().append(leaked.size())
                .append(" platform threads started since its first test are still alive:");
        groups.forEach((group, names) -> out.append("\n    ").append(names.size()).append(" x ").append(group)
                .append(": ").append(names.stream().sorted().limit(3).collect(Collectors.joining(", ")))
                .append(names.size() > 3 ? ", ..." : ""));
        return out.toString();
    }

    private static boolean collectedAndGone(Set<Thread> baseline) {
        if (backendThreads(baseline).isEmpty()) {
            return true;
        }
        System.gc();
        return backendThreads(baseline).isEmpty();
    }

    /** Empty if the body became unreachable within the operation bound, else what is wrong. */
    private static Optional<String> unreachable(String form, WeakReference<Object> body) {
        boolean collected = Timeouts.poll(Timeouts.OPERATION, () -> {
            System.gc();
            return body.get() == null;
        });
        return collected ? Optional.empty() : Optional.of("a " + form + " body is still reachable after its coroutine was"
                + " closed and dropped (a thread or registry of the backend holds it)");
    }

    /** Starts and closes a state-machine coroutine; returns its body, weakly. */
    private static WeakReference<Object> closedMachine(Backend backend) {
        StateMachine<Object, Object> body = new StateMachine<>() {
            @Override
            public Step<Object, Object> resume(Object sent) {
                return Step.yield("probe");
            }
        };
        run(backend.stateMachine(body));
        return new WeakReference<>(body);
    }

    /** Starts and closes a stackful coroutine; returns its body, weakly. It captures a fresh token, so each body is a fresh instance. */
    private static WeakReference<Object> closedStackful(Backend backend) {
        Object token = new Object();
        StackfulBody<Object, Object> body = y -> {
            y.yield(token);
            return null;
        };
        run(backend.stackful(body));
        return new WeakReference<>(body);
    }

    private static void run(Coroutine<Object, Object> probe) {
        probe.next();
        probe.close();
    }
}

package org.corotck.tck;

import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
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
 *       finalization bound, collecting garbage meanwhile, since abandoned suspended coroutines end their
 *       threads only after a GC); leaked threads are named, with a dump of every thread;
 *   <li>a coroutine body, in each form the backend runs, is unreachable once its coroutine was closed and
 *       dropped: nothing the backend keeps (a thread, a registry, a Cleaner) still holds it.
 * </ul>
 * Both report rule 10.4: every thread a backend starts for a coroutine ends when the coroutine closes.
 */
public final class LeakCheckExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeakCheckExtension.class);
    private static final String BASELINE = "baseline";
    private static final String BACKEND = "backend";

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
        if (backend != null) {
            awaitUnreachable(testClass, "state-machine", closedMachine(backend));
            if (backend.capabilities().contains(Capability.STACKFUL)) {
                awaitUnreachable(testClass, "stackful", closedStackful(backend));
            }
        }
        @SuppressWarnings("unchecked")
        Set<Thread> baseline = context.getStore(NAMESPACE).get(BASELINE, Set.class);
        if (baseline != null) {
            Timeouts.await("10.4", Timeouts.finalization(), () -> collectedAndGone(baseline),
                    () -> "leak check after all tests of " + testClass + ": platform threads started since its first test"
                            + " are still alive: " + LiveThreads.startedSince(baseline).stream().map(Thread::getName).toList());
        }
    }

    private static boolean collectedAndGone(Set<Thread> baseline) {
        if (LiveThreads.startedSince(baseline).isEmpty()) {
            return true;
        }
        System.gc();
        return LiveThreads.startedSince(baseline).isEmpty();
    }

    private static void awaitUnreachable(String testClass, String form, WeakReference<Object> body) {
        Timeouts.await("10.4", Timeouts.OPERATION, () -> {
            System.gc();
            return body.get() == null;
        }, () -> "leak check after all tests of " + testClass + ": a " + form
                + " body is still reachable after its coroutine was closed and dropped (a thread or registry of the backend holds it)");
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

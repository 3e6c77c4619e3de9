package org.corotck.tck;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The wedged-test detector: runs every test on a fresh worker thread and waits a bounded time. A test that
 * hangs fails with a {@link TckTimeoutError} naming its rule, with a dump of every thread (its own first), instead
 * of stalling the build. The worker has a large stack, so deep-yield tests measure the backend and not the test runner's stack.
 */
public final class BoundedTestExtension implements InvocationInterceptor {
    private static final long WORKER_STACK_BYTES = 512L * 1024 * 1024;

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        runBounded(invocation, call.getExecutable());
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) throws Throwable {
        runBounded(invocation, call.getExecutable());
    }

    private static void runBounded(Invocation<Void> invocation, Method method) throws Throwable {
        Duration bound = Timeouts.scaled(boundOf(method));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = TckThreads.own(new Thread(null, () -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "corotck-tck-" + method.getName(), WORKER_STACK_BYTES));
        worker.setDaemon(true);
        worker.start();
        worker.join(bound.toMillis());
        if (worker.isAlive()) {
            String dump = ThreadDumps.all(worker); // the hung test's own thread first, not JUnit's main thread
            TckThreads.timedOut(worker); // if it stays stuck, the leak check leaves it out: this failure names the hang
            worker.interrupt();
            throw new TckTimeoutError(TckTimeoutError.Scope.TEST, "rule " + RuleIds.describe(method)
                    + ": the test did not finish within " + bound + " (hang?)\n" + dump);
        }
        Throwable t = failure.get();
        if (t != null) {
            throw t;
        }
    }

    private static Duration boundOf(Method method) {
        TckTimeout own = method.getAnnotation(TckTimeout.class);
        return own != null ? Duration.ofSeconds(own.seconds()) : Timeouts.TEST;
    }
}

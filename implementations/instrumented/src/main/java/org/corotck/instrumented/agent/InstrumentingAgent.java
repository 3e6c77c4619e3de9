package org.corotck.instrumented.agent;

import java.lang.instrument.Instrumentation;
import org.corotck.instrumented.runtime.Fiber;
import org.corotck.instrumented.runtime.FrameStack;
import org.corotck.instrumented.runtime.Forwarders;

/**
 * The Java agent of backend {@code instrumented}: {@code -javaagent:corotck-instrumented.jar} on the JVM's
 * command line (or the jar's {@code Agent-Class} for a dynamic attach) registers a transformer that makes
 * every qualifying method resumable as its class loads. Classes loaded before it are not transformed, and
 * neither are JDK classes nor hidden classes; a yield through one of their frames fails with
 * PinnedYieldException at the yield. The option {@code =verbose} prints each transformed class.
 */
public final class InstrumentingAgent {
    private static volatile boolean installed;

    private InstrumentingAgent() {}

    public static void premain(String options, Instrumentation instrumentation) {
        install(options, instrumentation);
    }

    public static void agentmain(String options, Instrumentation instrumentation) {
        install(options, instrumentation);
    }

    /** Whether the agent runs in this JVM: without it, stackful bodies cannot suspend. */
    public static boolean installed() {
        return installed;
    }

    private static synchronized void install(String options, Instrumentation instrumentation) {
        if (installed) {
            return;
        }
        // Loaded now, before any transformed class refers to them, so that the transformer never races their loading.
        Class<?>[] runtime = {Fiber.class, FrameStack.class, Forwarders.class};
        boolean verbose = options != null && options.contains("verbose");
        instrumentation.addTransformer(new SuspendableTransformer(runtime[0], verbose), false);
        installed = true;
    }
}

package org.corotck.instrumented.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.corotck.instrumented.runtime.Fiber;
import org.corotck.instrumented.runtime.FrameStack;
import org.corotck.instrumented.runtime.Forwarders;

/**
 * The Java agent of backend {@code instrumented}: {@code -javaagent:corotck-instrumented.jar} on the JVM's
 * command line (or the jar's {@code Agent-Class} for a dynamic attach) registers a transformer that makes
 * every qualifying method resumable as its class loads. Classes loaded before it are not transformed, and
 * neither are JDK classes nor hidden classes; a yield through one of their frames fails with
 * PinnedYieldException at the yield. The option {@code =verbose} prints each transformed class.
 *
 * <p>Or, without a command-line flag, {@link #attach()} loads the agent into the running JVM and
 * transforms the classes already loaded as well.
 */
public final class InstrumentingAgent {
    private static volatile boolean installed;
    /** Held by attach() while it waits for the helper; not the class's lock, which agentmain takes meanwhile. */
    private static final Object ATTACHING = new Object();

    private InstrumentingAgent() {}

    public static void premain(String options, Instrumentation instrumentation) {
        install(options, instrumentation);
    }

    /** A dynamic attach: with the option {@code retransform}, also transforms the classes already loaded. */
    public static void agentmain(String options, Instrumentation instrumentation) {
        install(options, instrumentation);
    }

    /**
     * Loads the agent into this JVM, if it is not there yet, through a helper JVM of the same installation
     * (a JVM may not attach to itself by default), and transforms the classes already loaded too. JDK 21
     * and later print a warning for an agent loaded this way unless started with
     * {@code -XX:+EnableDynamicAgentLoading}; the JVM must be a JDK (module {@code jdk.attach}).
     *
     * @throws IllegalStateException naming what failed, when the agent could not be loaded
     */
    public static void attach() {
        synchronized (ATTACHING) {
            if (!installed) {
                attachThroughHelper();
            }
        }
    }

    private static void attachThroughHelper() {
        try {
            Path classes = Path.of(InstrumentingAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String java = ProcessHandle.current().info().command()
                    .orElseThrow(() -> new IllegalStateException("the path of this JVM's java command is unknown"));
            Process helper = new ProcessBuilder(java, "-cp", classes.toString(), Attacher.class.getName(),
                    Long.toString(ProcessHandle.current().pid()), agentJar(classes).toString(), "retransform")
                    .redirectErrorStream(true)
                    .start();
            boolean ended = helper.waitFor(60, TimeUnit.SECONDS);
            String output = new String(helper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ended) {
                helper.destroyForcibly();
            }
            if (!installed) {
                throw new IllegalStateException("could not load the corotck instrumented agent into this JVM"
                        + (ended ? " (helper exit code " + helper.exitValue() + ")" : " (the helper did not end)")
                        + ": " + output.strip() + "; start the JVM with -javaagent:<path to corotck-instrumented.jar> instead");
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("could not load the corotck instrumented agent into this JVM: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the corotck instrumented agent", e);
        }
    }

    /**
     * This module's jar, or, when its classes are a directory (as in its own build) or a jar whose manifest
     * does not name the agent (a shaded jar), a jar holding only a manifest that names the agent class:
     * the JVM appends it to the class path and finds the class there.
     */
    private static Path agentJar(Path classes) throws IOException {
        if (Files.isRegularFile(classes)) {
            try (JarFile jar = new JarFile(classes.toFile())) {
                Manifest own = jar.getManifest();
                if (own != null && InstrumentingAgent.class.getName().equals(own.getMainAttributes().getValue("Agent-Class"))) {
                    return classes;
                }
            }
        }
        Path jar = Files.createTempFile("corotck-instrumented-agent", ".jar");
        jar.toFile().deleteOnExit();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Agent-Class"), InstrumentingAgent.class.getName());
        manifest.getMainAttributes().put(new Attributes.Name("Can-Retransform-Classes"), "true");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream unused = new JarOutputStream(out, manifest)) {
            return jar;
        }
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
        boolean retransform = options != null && options.contains("retransform")
                && instrumentation.isRetransformClassesSupported();
        SuspendableTransformer transformer = new SuspendableTransformer(runtime[0], verbose);
        instrumentation.addTransformer(transformer, retransform);
        if (retransform) {
            retransformLoaded(instrumentation, transformer);
        }
        installed = true;
    }

    /**
     * Transforms the classes loaded before the agent. A retransformation may change method bodies only,
     * which is all the instrumenter changes; a class that fails is left as it was, with a warning.
     */
    private static void retransformLoaded(Instrumentation instrumentation, SuspendableTransformer transformer) {
        List<Class<?>> candidates = new ArrayList<>();
        for (Class<?> c : instrumentation.getAllLoadedClasses()) {
            if (c.getClassLoader() != null && !c.isHidden() && !c.isArray() && instrumentation.isModifiableClass(c)
                    && !SuspendableTransformer.excluded(c.getName().replace('.', '/'))) {
                candidates.add(c);
            }
        }
        transformer.retransforming(true);
        try {
            for (Class<?> c : candidates) {
                try {
                    instrumentation.retransformClasses(c);
                } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                    System.err.println("corotck instrumented: left " + c.getName() + " untransformed: " + e);
                }
            }
        } finally {
            transformer.retransforming(false);
        }
    }
}

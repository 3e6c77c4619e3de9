package org.corotck.spec;

/**
 * Python's {@code GeneratorExit}: the close request that {@link Coroutine#close()} raises at the body's
 * pending yield (rule 7.2). Each {@code close()} raises a fresh one (rule 7.5).
 *
 * <p>Python derives GeneratorExit from BaseException so that {@code except Exception} does not swallow
 * it. The Java equivalent is to extend {@link Error}, as {@code ThreadDeath} did: a body's
 * {@code catch (Exception e)} lets it pass, while {@code finally} blocks still run. A body that
 * really means to intercept it catches {@code CoroutineExit} (or {@code Throwable}) by name (rule 7.3).
 *
 * <p>It records suppressed exceptions: when a try-with-resources around the pending yield fails to close
 * a resource, that failure is added here, and {@code close()} raises it instead of returning, as Python's
 * {@code with} would (rule 7.10). It has no stack trace: it is raised at a known place, the pending yield.
 */
public class CoroutineExit extends Error {
    private static final long serialVersionUID = 1L;

    public CoroutineExit() {
        super("close request", null, true, false);
    }
}

package org.corotck.spec;

/**
 * Python's {@code GeneratorExit}: the close request that {@link Coroutine#close()} raises at the body's
 * pending yield (rule 7.2).
 *
 * <p>Python derives GeneratorExit from BaseException so that {@code except Exception} does not swallow
 * it. The Java equivalent is to extend {@link Error}, as {@code ThreadDeath} did: a body's
 * {@code catch (Exception e)} lets it pass, while {@code finally} blocks still run. A body that
 * really means to intercept it catches {@code CoroutineExit} (or {@code Throwable}) by name (rule 7.3).
 */
public class CoroutineExit extends Error {
    private static final long serialVersionUID = 1L;

    public CoroutineExit() {
        super("close request", null, false, false);
    }
}

package org.corotck.spec;

/**
 * PEP 479's {@code RuntimeError: generator raised StopIteration}: a {@link CoroutineExhaustedException}
 * escaped the body, which would otherwise look to the caller like a normal end. Its cause is the leaked
 * exception; the coroutine is CLOSED (rule 5.4).
 */
public class ExhaustionLeakedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ExhaustionLeakedException(CoroutineExhaustedException leaked) {
        super("coroutine body raised CoroutineExhaustedException", leaked);
    }
}

package org.corotck.instrumented.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which interface methods forward to which resumable methods through a lambda or method reference whose
 * class the agent cannot transform (the JDK spins it as a hidden class). A call of
 * {@code StackfulBody.run} arms the token {@code run(Yielder)Object}, and the hidden class calls, say,
 * {@code Bodies.averager(Yielder)}: a pure forwarder that holds no state, so the callee may accept the
 * token. The transformer registers each such pair when it sees the lambda's creation; a class accepts the
 * pairs it creates itself without this registry, by comparing constants.
 */
public final class Forwarders {
    private static final ConcurrentHashMap<String, Set<String>> FORWARDS = new ConcurrentHashMap<>();

    private Forwarders() {}

    /** Records that calls armed with {@code interfaceToken} may arrive at a method whose token is {@code targetToken}. */
    public static void register(String interfaceToken, String targetToken) {
        FORWARDS.computeIfAbsent(targetToken, k -> ConcurrentHashMap.newKeySet()).add(interfaceToken);
    }

    static boolean forwards(String interfaceToken, String targetToken) {
        Set<String> accepted = FORWARDS.get(targetToken);
        return accepted != null && accepted.contains(interfaceToken);
    }
}

package org.corotck.instrumented;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corotck.spec.Coroutine;
import org.corotck.spec.Step;
import org.junit.jupiter.api.Test;

/**
 * A JVM started without the agent: stackful bodies are refused at once with a message that says how to
 * start the agent, and state-machine bodies, which need none, still run.
 */
class WithoutTheAgentTest {

    /** Runs in the child JVM; prints what happened. */
    public static void main(String[] args) {
        InstrumentedBackend backend = new InstrumentedBackend();
        Coroutine<Object, Object> machine = backend.stateMachine(sent -> Step.yield("machine ran"));
        System.out.println(machine.next());
        try {
            backend.stackful(y -> y.yield("unreached"));
            System.out.println("stackful accepted");
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }

    @Test
    void stackfulBodiesAreRefusedClearlyAndMachinesRun() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WithoutTheAgentTest.class.getName())
                .redirectErrorStream(true)
                .start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals("machine ran", lines.get(0), lines::toString);
        assertTrue(lines.get(1).startsWith("refused: ") && lines.get(1).contains("-javaagent:"), lines::toString);
    }
}

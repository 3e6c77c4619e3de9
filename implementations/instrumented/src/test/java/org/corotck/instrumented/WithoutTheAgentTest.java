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
 * start the agent, and state-machine bodies, which need none, still run. Then the agent is attached late:
 * the bodies of classes loaded before it (this one) become resumable.
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
        org.corotck.instrumented.agent.InstrumentingAgent.attach();
        Coroutine<Object, Object> late = backend.stackful(y -> List.of(helper(y, "a"), helper(y, "b")));
        System.out.println("attached: " + late.next() + " " + late.send(1) + " " + outcome(late, 2));
    }

    /** A helper of a class loaded before the agent: resumable once it is retransformed. */
    private static Object helper(org.corotck.spec.Yielder<Object, Object> y, Object value) {
        return y.yield(value);
    }

    private static Object outcome(Coroutine<Object, Object> c, Object sent) {
        try {
            return "yielded " + c.send(sent);
        } catch (org.corotck.spec.CoroutineExhaustedException e) {
            return "returned " + e.value();
        }
    }

    @Test
    void stackfulBodiesAreRefusedClearlyMachinesRunAndALateAttachWorks() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WithoutTheAgentTest.class.getName())
                .redirectErrorStream(true)
                .start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
        List<String> all = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        // The JVM's warning about a dynamically loaded agent may come in between.
        List<String> lines = all.stream().filter(l -> l.matches("(machine ran|refused: |attached: ).*")).toList();
        assertEquals(3, lines.size(), all::toString);
        assertEquals("machine ran", lines.get(0), all::toString);
        assertTrue(lines.get(1).startsWith("refused: ") && lines.get(1).contains("-javaagent:"), all::toString);
        assertEquals("attached: a b returned [1, 2]", lines.get(2), all::toString);
    }
}

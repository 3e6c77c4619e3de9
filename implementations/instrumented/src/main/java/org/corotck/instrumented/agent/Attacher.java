package org.corotck.instrumented.agent;

import com.sun.tools.attach.VirtualMachine;

/**
 * Runs in a helper JVM that {@link InstrumentingAgent#attach()} starts: a JVM may not attach to itself
 * unless started with {@code -Djdk.attach.allowAttachSelf=true}, but another may attach to it.
 * Arguments: the process id, the agent jar, the agent's options.
 */
public final class Attacher {
    private Attacher() {}

    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgent(args[1], args.length > 2 ? args[2] : null);
        } finally {
            vm.detach();
        }
    }
}

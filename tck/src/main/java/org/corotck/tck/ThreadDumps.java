package org.corotck.tck;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A readable dump of every platform thread, with locks: what a hang report needs. Threads in the same state
 * with the same stack (a backend's 2,000 parked body threads) are printed once, with their names, so that the
 * dump shows each distinct place a thread waits instead of burying the failure under thousands of lines.
 */
public final class ThreadDumps {
    /** How many names of threads that share a stack are listed. */
    private static final int NAMES_SHOWN = 5;

    private ThreadDumps() {}

    public static String all() {
        Map<String, List<String>> byStack = new LinkedHashMap<>();
        try {
            for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                StringBuilder stack = new StringBuilder().append(info.getThreadState());
                if (info.getLockName() != null) {
                    stack.append(" on ").append(info.getLockName().replaceAll("@[0-9a-f]+$", ""));
                }
                stack.append('\n');
                for (StackTraceElement frame : info.getStackTrace()) {
                    stack.append("    at ").append(frame).append('\n');
                }
                String name = '"' + info.getThreadName() + '"'
                        + (info.getLockOwnerName() != null ? " (lock owned by \"" + info.getLockOwnerName() + "\")" : "");
                byStack.computeIfAbsent(stack.toString(), k -> new ArrayList<>()).add(name);
            }
        } catch (RuntimeException | Error e) {
            for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
                StringBuilder stack = new StringBuilder().append(entry.getKey().getState()).append('\n');
                for (StackTraceElement frame : entry.getValue()) {
                    stack.append("    at ").append(frame).append('\n');
                }
                byStack.computeIfAbsent(stack.toString(), k -> new ArrayList<>()).add('"' + entry.getKey().getName() + '"');
            }
        }
        StringBuilder out = new StringBuilder("---- thread dump ----\n");
        byStack.forEach((stack, names) -> {
            out.append(String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size()))));
            if (names.size() > NAMES_SHOWN) {
                out.append(" and ").append(names.size() - NAMES_SHOWN).append(" more threads, all");
            }
            out.append(' ').append(stack);
        });
        return out.append("---- end of thread dump ----").toString();
    }
}

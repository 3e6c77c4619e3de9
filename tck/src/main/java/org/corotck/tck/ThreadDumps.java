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
 * Given the thread that matters (a hung test's own), the dump begins with it.
 */
public final class ThreadDumps {
    /** How many names of threads that share a stack are listed. */
    private static final int NAMES_SHOWN = 5;

    private ThreadDumps() {}

    public static String all() {
        return all(null);
    }

    /**
     * The dump of every thread, {@code first} at the top (a test's own thread, when it hung: the place to look
     * first), then the others as {@link #all()} has them. Threads that share its stack are printed with it,
     * its name first. A {@code first} that is null or no longer alive changes nothing.
     */
    public static String all(Thread first) {
        Map<String, List<String>> byStack = new LinkedHashMap<>();
        String firstStack = null;
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
                boolean isFirst = first != null && info.getThreadId() == first.threadId();
                add(byStack, stack.toString(), name, isFirst);
                if (isFirst) {
                    firstStack = stack.toString();
                }
            }
        } catch (RuntimeException | Error e) {
            for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
                StringBuilder stack = new StringBuilder().append(entry.getKey().getState()).append('\n');
                for (StackTraceElement frame : entry.getValue()) {
                    stack.append("    at ").append(frame).append('\n');
                }
                boolean isFirst = entry.getKey() == first;
                add(byStack, stack.toString(), '"' + entry.getKey().getName() + '"', isFirst);
                if (isFirst) {
                    firstStack = stack.toString();
                }
            }
        }
        StringBuilder out = new StringBuilder("---- thread dump ----\n");
        if (firstStack != null) {
            append(out, firstStack, byStack.remove(firstStack));
        }
        byStack.forEach((stack, names) -> append(out, stack, names));
        return out.append("---- end of thread dump ----").toString();
    }

    private static void add(Map<String, List<String>> byStack, String stack, String name, boolean first) {
        List<String> names = byStack.computeIfAbsent(stack, k -> new ArrayList<>());
        if (first) {
            names.addFirst(name);
        } else {
            names.add(name);
        }
    }

    private static void append(StringBuilder out, String stack, List<String> names) {
        out.append(String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size()))));
        if (names.size() > NAMES_SHOWN) {
            out.append(" and ").append(names.size() - NAMES_SHOWN).append(" more threads, all");
        }
        out.append(' ').append(stack);
    }
}

package org.corotck.tck;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Map;

/** A readable dump of every platform thread, with locks: what a hang report needs. */
public final class ThreadDumps {
    private ThreadDumps() {}

    public static String all() {
        StringBuilder out = new StringBuilder("---- thread dump ----\n");
        try {
            for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                out.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
                if (info.getLockName() != null) {
                    out.append(" on ").append(info.getLockName());
                }
                if (info.getLockOwnerName() != null) {
                    out.append(" owned by \"").append(info.getLockOwnerName()).append('"');
                }
                out.append('\n');
                for (StackTraceElement frame : info.getStackTrace()) {
                    out.append("    at ").append(frame).append('\n');
                }
            }
        } catch (RuntimeException | Error e) {
            for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
                out.append('"').append(entry.getKey().getName()).append("\" ").append(entry.getKey().getState()).append('\n');
                for (StackTraceElement frame : entry.getValue()) {
                    out.append("    at ").append(frame).append('\n');
                }
            }
        }
        return out.append("---- end of thread dump ----").toString();
    }
}

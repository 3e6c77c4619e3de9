package org.corotck.virtualthreads;

import org.corotck.threadhandoff.HandoffBackend;

/**
 * Backend {@code virtual-threads}: each body runs on a virtual thread of its own, handed off with
 * park/unpark (see {@link HandoffBackend} for the rules it carries). A handoff is cheapest when the caller
 * is a virtual thread too: then neither side parks a carrier.
 *
 * <p>A mounted virtual thread runs on its carrier's stack, and carriers get the default stack size, so
 * the depth a body can yield from (rule 11.7) is set by {@code -Xss}: the default 1 MB holds a yield from
 * about 8,000 interpreted frames of plain recursion on JDK 25 (x64); 10,000 need {@code -Xss1200k} or
 * more. A stack too deep to unmount makes the virtual thread's park fail; the handoff then waits by
 * spinning, which keeps a carrier busy while the body is suspended.
 */
public final class VirtualThreadsBackend extends HandoffBackend {
    public VirtualThreadsBackend() {
        super("virtual-threads", Thread.ofVirtual());
    }
}

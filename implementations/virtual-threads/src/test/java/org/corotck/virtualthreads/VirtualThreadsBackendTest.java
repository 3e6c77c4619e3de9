package org.corotck.virtualthreads;

import org.corotck.handoff.ThreadBackendSmokeTests;

class VirtualThreadsBackendTest extends ThreadBackendSmokeTests {
    @Override
    protected String backendName() {
        return "virtual-threads";
    }
}

package org.corotck.benchmarks;

import org.corotck.benchmarks.selftest.SlowedBackend;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.openjdk.jmh.annotations.Param;

/**
 * A benchmark over backends: {@code @Param backend} takes any backend name found through the SPI, a user's
 * with {@code -p backend=mine}. The defaults are the backends built here.
 */
public abstract class BackendBenchmark extends BenchmarkBase {
    @Param({"threads", "virtual-threads", "continuation", "state-machine", "instrumented"})
    public String backend;

    /**
     * The backend called so; under the harness's self-test ({@value SlowedBackend#PROPERTY}), wrapped to be
     * deliberately slower.
     */
    public static Backend resolve(String name) {
        return SlowedBackend.wrapIfAsked(Backends.byName(name));
    }

    /** Fails the trial's setup, with the reason, when the backend says it cannot hold {@code live} coroutines. */
    public static void requireLive(Backend backend, long live) {
        if (live > backend.liveCoroutineHint()) {
            throw new UnsupportedOperationException("backend " + backend.name() + " holds about "
                    + backend.liveCoroutineHint() + " live coroutines (its liveCoroutineHint): " + live + " skipped");
        }
    }
}

package org.corotck.selftest;

import java.util.Objects;
import org.corotck.spec.spi.Backend;
import org.corotck.tck.CoroutineTck;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The whole TCK against whichever mutant {@link TckRun} sets. Named so that surefire does not run it by
 * itself; the self-test runs it once per mutant through the JUnit Platform Launcher, one run at a time.
 */
public class MutantTck extends CoroutineTck {
    /** Few abandoned coroutines: enough to see finalization fail, cheap enough to run per mutant. */
    static final int ABANDONED = 40;

    static volatile Backend underTest;

    @Override
    protected Backend createBackend() {
        return Objects.requireNonNull(underTest, "MutantTck runs only from TckRun");
    }

    @Override
    public int abandonedCoroutines() {
        return ABANDONED;
    }

    /**
     * Rule 11.6 is about finding a backend registered on the class path; mutants are made here and not
     * registered, so that test would fail every one of them for a reason that is not its mutation.
     */
    @Override
    @Test
    @Disabled("mutants are not registered as services; the mutations do not touch Backends.byName")
    public void required_11_6_backendIsFoundByName() {
        // never runs: disabled, and reported as skipped with the reason above
    }
}

package org.corotck.tck;

import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.junit.jupiter.api.Assumptions;

/**
 * The TCK against a backend found by name with ServiceLoader: {@code -Dcorotck.backend=NAME} with the
 * backend's jar on the test class path. Without the property every test is skipped, saying so. Let
 * surefire scan this jar ({@code <dependenciesToScan>org.corotck:corotck-tck</dependenciesToScan>}) to run
 * it without writing any test class.
 */
public class NamedBackendTck extends CoroutineTck {
    public static final String PROPERTY = "corotck.backend";

    @Override
    protected Backend createBackend() {
        String name = System.getProperty(PROPERTY);
        Assumptions.assumeTrue(name != null && !name.isBlank(),
                "set -D" + PROPERTY + "=NAME to run the TCK against a backend found by ServiceLoader");
        return Backends.byName(name.trim());
    }
}

package org.corotck.tck;

import java.util.stream.Collectors;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.junit.jupiter.api.BeforeAll;

/**
 * The TCK against a backend found by name with ServiceLoader: {@code -Dcorotck.backend=NAME} with the
 * backend's jar on the test class path. Let surefire scan this jar
 * ({@code <dependenciesToScan>org.corotck:corotck-tck</dependenciesToScan>}, include
 * {@code **}{@code /NamedBackendTck.java}) to run it without writing any test class.
 *
 * <p>Without the property, or with a name no backend on the class path has, the class fails once, before
 * any test, saying what to set and which backends were found.
 */
public class NamedBackendTck extends CoroutineTck {
    public static final String PROPERTY = TckSettings.BACKEND.property();

    /** Fails the whole class once, rather than each of its tests, when the backend cannot be found. */
    @BeforeAll
    static void requireTheNamedBackend() {
        find();
    }

    @Override
    protected Backend createBackend() {
        return find();
    }

    static Backend find() {
        String name = TckSettings.backend().orElse(null);
        String found = Backends.all().stream().map(Backend::name).collect(Collectors.joining(", ", "[", "]"));
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("NamedBackendTck runs the TCK against the backend named by -D" + PROPERTY
                    + "=NAME (or environment variable " + TckSettings.BACKEND.environment() + "), and it is not set; backends on the test class path: " + found);
        }
        try {
            return Backends.byName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("-D" + PROPERTY + "=" + name.trim() + ": no coroutine backend of that name"
                    + " on the test class path; found: " + found + ". Is the backend's jar a test dependency, and"
                    + " does it list its class in META-INF/services/org.corotck.spec.spi.Backend?");
        }
    }
}

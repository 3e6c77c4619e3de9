package org.corotck.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * any test, saying what to set and which backends were found; a report an earlier run left for that name
 * ({@code conformance-<name>.json} and {@code .md}) is removed, so that it does not pass for this run's.
 */
public class NamedBackendTck extends CoroutineTck {
    public static final String PROPERTY = TckSettings.BACKEND.property();

    /**
     * Fails the whole class once, rather than each of its tests, when the backend cannot be found; then no test
     * runs and no report is written, so the report an earlier run left for the name, which would pass for this
     * run's, is removed.
     */
    @BeforeAll
    static void requireTheNamedBackend() {
        try {
            find();
        } catch (IllegalStateException notFound) {
            List<String> removed = removeStaleReport(TckSettings.backend().map(String::trim).orElse(""));
            if (removed.isEmpty()) {
                throw notFound;
            }
            throw new IllegalStateException(notFound.getMessage() + "\nRemoved the conformance report an earlier run"
                    + " left for that name, which this run did not replace: " + String.join(", ", removed));
        }
    }

    /** Deletes {@code conformance-<name>.json} and {@code .md} from the report directory; returns the paths deleted. */
    static List<String> removeStaleReport(String name) {
        List<String> removed = new ArrayList<>();
        if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
            return removed;
        }
        Path dir = TckSettings.reportDir();
        for (String suffix : List.of(".json", ".md")) {
            Path report = dir.resolve("conformance-" + name + suffix);
            try {
                if (Files.deleteIfExists(report)) {
                    removed.add(report.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the stale conformance report " + report, e);
            }
        }
        return removed;
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

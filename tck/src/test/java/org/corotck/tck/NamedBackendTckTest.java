package org.corotck.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The named route fails once, with what to do, when the backend is not named or not found; it never runs the tests. */
class NamedBackendTckTest {
    record Outcome(List<String> failures, int testsStarted) {}

    static Outcome launch(String backendProperty, Path reportDir) {
        String previous = System.getProperty(NamedBackendTck.PROPERTY);
        String previousDir = System.getProperty("corotck.reportDir");
        if (backendProperty == null) {
            System.clearProperty(NamedBackendTck.PROPERTY);
        } else {
            System.setProperty(NamedBackendTck.PROPERTY, backendProperty);
        }
        System.setProperty("corotck.reportDir", reportDir.toString());
        List<String> failures = new ArrayList<>();
        AtomicInteger started = new AtomicInteger();
        try {
            LauncherFactory.create().execute(
                    LauncherDiscoveryRequestBuilder.request().selectors(selectClass(NamedBackendTck.class)).build(),
                    new TestExecutionListener() {
                        @Override
                        public void executionStarted(TestIdentifier id) {
                            if (id.isTest()) {
                                started.incrementAndGet();
                            }
                        }

                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                                failures.add(result.getThrowable().map(Throwable::getMessage).orElse("?"));
                            }
                        }
                    });
        } finally {
            restore(NamedBackendTck.PROPERTY, previous);
            restore("corotck.reportDir", previousDir);
        }
        return new Outcome(failures, started.get());
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void withoutTheNameItFailsOnceSayingWhatToSet(@TempDir Path dir) {
        Outcome o = launch(null, dir);
        assertEquals(1, o.failures().size(), o.failures().toString());
        assertEquals(0, o.testsStarted());
        assertTrue(o.failures().get(0).contains("-Dcorotck.backend=NAME"), o.failures().get(0));
    }

    @Test
    void aWrongNameFailsOnceNamingWhatWasFound(@TempDir Path dir) throws Exception {
        Outcome o = launch("no-such-backend", dir);
        assertEquals(1, o.failures().size(), o.failures().toString());
        assertEquals(0, o.testsStarted());
        assertTrue(o.failures().get(0).contains("no-such-backend") && o.failures().get(0).contains("found:"),
                o.failures().get(0));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("conformance-NamedBackendTck")),
                    "no report named after the class");
        }
    }

    @Test
    void aFailedRunLeavesNoStaleReportForTheName(@TempDir Path dir) throws Exception {
        for (String name : List.of("conformance-gone.json", "conformance-gone.md", "conformance-other.json", "conformance-other.md")) {
            Files.writeString(dir.resolve(name), "from an earlier run");
        }
        Outcome o = launch("gone", dir);
        assertEquals(1, o.failures().size(), o.failures().toString());
        assertEquals(0, o.testsStarted());
        assertTrue(!Files.exists(dir.resolve("conformance-gone.json")) && !Files.exists(dir.resolve("conformance-gone.md")),
                "the earlier report for the name should be gone, not pass for this run's");
        assertTrue(Files.exists(dir.resolve("conformance-other.json")) && Files.exists(dir.resolve("conformance-other.md")),
                "another backend's report is not this run's to remove");
        String failure = o.failures().get(0);
        assertTrue(failure.contains("-Dcorotck.backend=gone: no coroutine backend of that name")
                && failure.contains("Removed the conformance report an earlier run left for that name")
                && failure.contains("conformance-gone.json") && failure.contains("conformance-gone.md"), failure);
    }
}

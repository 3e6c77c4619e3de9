package org.corotck.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corotck.spec.spi.Backend;
import org.corotck.tck.RuleIds;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** One run of the whole TCK ({@link MutantTck}) against one backend, and the tests that failed. */
record TckRun(String backend, int testsRun, List<Failure> failures, double seconds) {

    /** A failed test, or a failed class-level check (method "(class)"), and the rule it names. */
    record Failure(String test, String rule, Throwable cause) {
        private static final Pattern RULE_IN_MESSAGE = Pattern.compile("^rule (\\d+\\.\\d+)");
        static final String CLASS_LEVEL = "(class)";

        /** A check after all tests (the leak check), not a test: its rule comes from its message. */
        boolean classLevel() {
            return test.equals(CLASS_LEVEL);
        }

        /** BoundedTestExtension's verdict: the whole test ran out of time. */
        boolean wedged() {
            return message().contains("did not finish within");
        }

        /** A bounded wait ran out: the TCK waited for something that never happened. */
        boolean waitedOut() {
            return wedged() || message().contains("still waiting after") || message().contains("did not return within");
        }

        /** A NullPointerException raised by the TCK's own code, which would be a bug of the TCK, not a kill. */
        boolean tckCrashed() {
            StackTraceElement[] at = cause.getStackTrace();
            return cause instanceof NullPointerException && at.length > 0 && at[0].getClassName().startsWith("org.corotck.tck.");
        }

        String message() {
            return String.valueOf(cause.getMessage());
        }

        String firstLine() {
            String m = cause.getClass().getSimpleName() + ": " + message();
            int newline = m.indexOf('\n');
            return newline < 0 ? m : m.substring(0, newline);
        }

        static String ruleOf(String method, Throwable cause) {
            Optional<String> named = RuleIds.of(method).map(RuleIds.RuleRef::id);
            if (named.isPresent()) {
                return named.get();
            }
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(cause.getMessage()));
            return m.find() ? m.group(1) : "";
        }
    }

    static TckRun against(Backend backend) {
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger tests = new AtomicInteger();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    tests.incrementAndGet();
                }
                if (result.getStatus() != TestExecutionResult.Status.FAILED) {
                    return;
                }
                Throwable cause = result.getThrowable().orElseGet(() -> new AssertionError("failed without a cause"));
                String method = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                        .map(MethodSource::getMethodName).orElse(Failure.CLASS_LEVEL);
                String test = id.isTest() && !id.getDisplayName().startsWith(method) ? method + " " + id.getDisplayName() : method;
                failures.add(new Failure(test, Failure.ruleOf(method, cause), cause));
            }
        };
        MutantTck.underTest = backend;
        long start = System.nanoTime();
        try {
            LauncherFactory.create().execute(
                    LauncherDiscoveryRequestBuilder.request().selectors(selectClass(MutantTck.class)).build(), listener);
        } finally {
            MutantTck.underTest = null;
            if (backend instanceof MutantBackend mutant) {
                mutant.cleanUp();
            }
        }
        return new TckRun(backend.name(), tests.get(), List.copyOf(failures), (System.nanoTime() - start) / 1e9);
    }
}

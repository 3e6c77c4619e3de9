package org.corotck.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corotck.spec.spi.Backend;
import org.corotck.tck.RuleIds;
import org.corotck.tck.TckTimeoutError;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One run of the TCK ({@link MutantTck}) against one backend, whole or only the tests of some rules: the tests
 * that ran (with their invocation, such as {@code STACKFUL}) and the ones that failed.
 */
record TckRun(String backend, List<String> testsRun, List<Failure> failures, double seconds) {

    /** A failed test, or a failed class-level check (method "(class)"), and the rule it names. */
    record Failure(String test, String rule, Throwable cause) {
        private static final Pattern RULE_IN_MESSAGE = Pattern.compile("^rule (\\d+\\.\\d+)");
        private static final String TCK_PACKAGE = "org.corotck.tck.";
        static final String CLASS_LEVEL = "(class)";

        /** A check after all tests (the leak check), not a test: its rule comes from its message. */
        boolean classLevel() {
            return test.equals(CLASS_LEVEL);
        }

        /** BoundedTestExtension's verdict: the whole test ran out of time. */
        boolean wedged() {
            return cause instanceof TckTimeoutError t && t.scope() == TckTimeoutError.Scope.TEST;
        }

        /** A bounded wait of the TCK ran out: it waited for something that never happened. */
        boolean waitedOut() {
            return cause instanceof TckTimeoutError;
        }

        /**
         * The TCK itself failed, which is no kill: anything but an assertion, thrown by the TCK's own code
         * while it was not running as a coroutine body (no frame of a backend or mutant below it). An
         * exception a TCK fixture raises inside a body is the body's, and reaches the test through the backend.
         */
        boolean tckCrashed() {
            if (cause instanceof AssertionError) {
                return false;
            }
            StackTraceElement[] at = cause.getStackTrace();
            return at.length > 0 && at[0].getClassName().startsWith(TCK_PACKAGE)
                    && Arrays.stream(at).map(StackTraceElement::getClassName).noneMatch(Failure::coroutineRuntime);
        }

        /** A class of a backend, of the support they share, or of a mutant: code that runs coroutine bodies. */
        private static boolean coroutineRuntime(String className) {
            return className.startsWith("org.corotck.") && !className.startsWith(TCK_PACKAGE);
        }

        /** The body form of a form-parameterized test's invocation, else empty. */
        Optional<String> form() {
            return formOf(test);
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

    /** The body form in a test's name, as {@link #against} writes it: "required_7_2_x STACKFUL". */
    static Optional<String> formOf(String test) {
        int space = test.lastIndexOf(' ');
        return space < 0 ? Optional.empty() : Optional.of(test.substring(space + 1));
    }

    /** Whether any test of {@code rule} ran in the body form {@code form}. */
    boolean ranInForm(String rule, String form) {
        return testsRun.stream().anyMatch(t -> Failure.ruleOf(t.split(" ")[0], new AssertionError()).equals(rule)
                && formOf(t).filter(form::equals).isPresent());
    }

    /**
     * Whether a mutant runs the whole TCK ({@value #WHOLE_TCK}{@code =true}) rather than the tests of the rules
     * it breaks. The verdict needs only those; the whole TCK also shows which other rules catch each mutant,
     * for the full kill matrix, and takes several times as long.
     */
    static final String WHOLE_TCK = "corotck.selftest.wholeTck";

    static TckRun against(Backend backend) {
        return against(backend, Set.of());
    }

    /**
     * The TCK against {@code backend}: only the tests named after one of {@code rules}, or every test when
     * {@code rules} is empty. Class-level checks (the leak check after the class) run either way.
     */
    static TckRun against(Backend backend, Set<String> rules) {
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> tests = Collections.synchronizedList(new ArrayList<>());
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                String method = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                        .map(MethodSource::getMethodName).orElse(Failure.CLASS_LEVEL);
                String test = id.isTest() && !id.getDisplayName().startsWith(method) ? method + " " + id.getDisplayName() : method;
                if (id.isTest()) {
                    tests.add(test);
                }
                if (result.getStatus() != TestExecutionResult.Status.FAILED) {
                    return;
                }
                Throwable cause = result.getThrowable().orElseGet(() -> new AssertionError("failed without a cause"));
                failures.add(new Failure(test, Failure.ruleOf(method, cause), cause));
            }
        };
        MutantTck.underTest = backend;
        long start = System.nanoTime();
        try {
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(MutantTck.class));
            if (!rules.isEmpty()) {
                request.filters((PostDiscoveryFilter) d -> FilterResult.includedIf(d.getSource()
                        .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                        .map(m -> rules.contains(Failure.ruleOf(m.getMethodName(), new AssertionError())))
                        .orElse(true)));
            }
            LauncherFactory.create().execute(request.build(), listener);
        } finally {
            MutantTck.underTest = null;
            if (backend instanceof MutantBackend mutant) {
                mutant.cleanUp();
            }
        }
        return new TckRun(backend.name(), List.copyOf(tests), List.copyOf(failures), (System.nanoTime() - start) / 1e9);
    }
}

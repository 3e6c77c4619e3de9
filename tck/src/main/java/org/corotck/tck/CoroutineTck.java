package org.corotck.tck;

import org.corotck.spec.spi.Backend;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The TCK: every rule of SPEC.md as a named test. To verify a backend, extend this class and return the
 * backend; nothing else is needed:
 *
 * <pre>{@code
 * class MyBackendTckTest extends CoroutineTck {
 *     @Override protected Backend createBackend() { return new MyBackend(); }
 * }
 * }</pre>
 *
 * <p>Test names carry the rule they verify: {@code required_7_6_...} verifies required rule 7.6. Optional
 * rules run when the backend declares their capability and are skipped, with the reason, when it does
 * not. Every test is bounded in time ({@link Timeouts}); a hang fails with the rule and a thread dump.
 * After the run, {@code target/corotck/conformance-<backend>.md} and {@code .json} hold the report, and
 * {@link LeakCheckExtension} checks that no thread and no closed body outlived the tests.
 *
 * <p>If a test fails, read its javadoc: it names the rule and what could be checked.
 */
// In this order: after all tests JUnit calls LeakCheckExtension before ConformanceReport, whose report then
// holds the leak check's outcome as one of rule 10.4.
@ExtendWith({SettingsBanner.class, CapabilityCondition.class, BoundedTestExtension.class, ConformanceReport.class,
        LeakCheckExtension.class})
public abstract class CoroutineTck implements TckContext, StatesRules, PrimingRules, SendRules, ReturnRules,
        BodyExceptionRules, ThrowIntoRules, CloseRules, ThreadRules, ConcurrencyRules, VisibilityRules, DelegationRules, DelegationChainRules, DeepChainRules, DelegationExitRules, FinalizationRules,
        CapabilityRules, BadInputRules, JavaRules, ModelBasedProperties, ProgramProperties {

    private Backend backend;

    /** The backend under test; called once per test. */
    protected abstract Backend createBackend();

    @Override
    public final Backend backend() {
        Backend b = backend;
        if (b == null) {
            b = createBackend();
            if (b == null) {
                throw new IllegalStateException(getClass().getName() + ".createBackend() returned null");
            }
            backend = b;
        }
        return b;
    }

    /** For the report: the backend's name, or a placeholder when it could not be created. */
    final String backendName() {
        try {
            return backend().name();
        } catch (RuntimeException | Error e) {
            return getClass().getSimpleName();
        }
    }
}

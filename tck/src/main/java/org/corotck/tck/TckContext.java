package org.corotck.tck;

import java.util.List;
import org.corotck.spec.BodyForm;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;
import org.corotck.tck.programs.Observation;
import org.corotck.tck.programs.Operation;
import org.corotck.tck.programs.Program;
import org.corotck.tck.programs.ProgramRuns;
import org.junit.jupiter.api.Assumptions;

/**
 * What every group of rule tests sees of the backend under test. {@link CoroutineTck} implements it; the
 * groups are interfaces with default test methods, one per SPEC.md section, so that one subclass of
 * {@link CoroutineTck} runs them all.
 */
public interface TckContext {

    /** The backend under test; the same instance for the whole test. */
    Backend backend();

    /**
     * How many suspended coroutines the finalization rules abandon at once (rule 10.1):
     * {@link TckSettings#abandoned()}, 2,000 by default. A backend's TCK class may raise it where coroutines
     * are cheap.
     */
    default int abandonedCoroutines() {
        return TckSettings.abandoned();
    }

    /**
     * How many coroutines deep the delegation chains of rule 9.13 are: {@link TckSettings#chainDepth()},
     * 10,000 by default, ten times CPython's default recursion limit; at most a tenth of the backend's
     * {@link Backend#liveCoroutineHint()}, since a chain keeps every coroutine of it alive (1,000 on
     * {@code threads}, which spends a platform thread on each).
     */
    default int delegationChainDepth() {
        long capacity = Math.max(1, backend().liveCoroutineHint() / 10);
        return (int) Math.min(TckSettings.chainDepth(), capacity);
    }

    /**
     * How many examples each QuickTheories property tries: {@link TckSettings#examples()}, 200 by default,
     * which keeps the whole build on all backends within its time budget.
     */
    default int examples() {
        return TckSettings.examples();
    }

    /**
     * How many programs of the CPython corpus the corpus property replays, from the first:
     * {@link TckSettings#corpusPrograms()}, all of them by default. The TCK's self-test, which runs the TCK
     * once per mutant, replays fewer.
     */
    default int corpusPrograms() {
        return TckSettings.corpusPrograms();
    }

    default boolean declares(Capability capability) {
        return backend().capabilities().contains(capability);
    }

    /** A CREATED coroutine running the fixture in the given form; a stackful form skips on backends without STACKFUL. */
    default <I, O> Coroutine<I, O> create(Fixture<I, O> fixture, BodyForm form) {
        return switch (form) {
            case STACKFUL -> stackful(fixture.stackful());
            case STATE_MACHINE -> backend().stateMachine(fixture.stateMachine());
        };
    }

    /** A stackful coroutine; skips the test (the stackful half of it) on backends without STACKFUL. */
    default <I, O> Coroutine<I, O> stackful(StackfulBody<I, O> body) {
        assumeForm(BodyForm.STACKFUL);
        return stackfulOf(backend(), body);
    }

    /**
     * {@code backend.stackful(body)}, as every stackful coroutine of the TCK is made: a backend that declares
     * STACKFUL but refuses the body with UnsupportedOperationException fails the test with one message that
     * says so (rule 11.3), not with the bare refusal. A backend that does not declare STACKFUL gets its
     * refusal back as it threw it.
     */
    static <I, O> Coroutine<I, O> stackfulOf(Backend backend, StackfulBody<I, O> body) {
        return Stackfuls.of(backend, body);
    }

    /** What a backend that declares STACKFUL but refused a stackful body is told. */
    static String declaredButRefused(Backend backend, UnsupportedOperationException refused) {
        return Stackfuls.declaredButRefused(backend, refused);
    }

    /** Skips the test (the half of it in this form) unless the backend runs bodies in {@code form}. */
    default void assumeForm(BodyForm form) {
        Assumptions.assumeTrue(form != BodyForm.STACKFUL || declares(Capability.STACKFUL), () -> "backend "
                + backend().name() + " does not declare STACKFUL; its refusal is verified by rule 11.3");
    }

    /**
     * Every step of {@code operations} on a fresh coroutine of the program in {@code form} (interpreted or
     * compiled), the coroutine then closed for good. Call {@link #assumeForm} first.
     */
    default List<Observation> observe(BodyForm form, Program program, List<Operation> operations) {
        return ProgramRuns.observe(backend(), form, program, operations);
    }

    default <I, O> Coroutine<I, O> stateMachine(StateMachine<I, O> machine) {
        return backend().stateMachine(machine);
    }
}

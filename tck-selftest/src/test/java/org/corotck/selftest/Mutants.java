package org.corotck.selftest;

import java.util.List;
import java.util.function.Supplier;
import org.corotck.selftest.mutants.AcceptsValueOnCreated;
import org.corotck.selftest.mutants.BlocksOnConcurrentCall;
import org.corotck.selftest.mutants.ClosesCleanlyOnlyOnItsOwnRequest;
import org.corotck.selftest.mutants.ClosesIgnoredExit;
import org.corotck.selftest.mutants.ClosesLikePython312;
import org.corotck.selftest.mutants.DeliversNullThrow;
import org.corotck.selftest.mutants.DiscardsResourceFailuresOnClose;
import org.corotck.selftest.mutants.DropsFinalizationFailures;
import org.corotck.selftest.mutants.ForgetsReturnValue;
import org.corotck.selftest.mutants.ForwardsTheSubsCloseValue;
import org.corotck.selftest.mutants.KeepsClosingAnIgnoringBody;
import org.corotck.selftest.mutants.LeaksThreadOnAbandonment;
import org.corotck.selftest.mutants.LeaksThreadOnClose;
import org.corotck.selftest.mutants.LetsConcurrentSendThrough;
import org.corotck.selftest.mutants.LosesSendThroughCallback;
import org.corotck.selftest.mutants.MisordersFinallyUnderDelegation;
import org.corotck.selftest.mutants.PropagatesDelegationToRunningCoroutine;
import org.corotck.selftest.mutants.RefusesNullThrowAsAlreadyExecuting;
import org.corotck.selftest.mutants.RepeatsReturnValue;
import org.corotck.selftest.mutants.ReportsCreatedAfterFailedStart;
import org.corotck.selftest.mutants.ReportsSuspendedWhileRunning;
import org.corotck.selftest.mutants.RunsFinallyTwice;
import org.corotck.selftest.mutants.RunsStepsOnAnotherThread;
import org.corotck.selftest.mutants.SendsNextToIteratorRefusingValue;
import org.corotck.selftest.mutants.SkipsPep479;
import org.corotck.selftest.mutants.SkipsPep479OnTheFirstStep;
import org.corotck.selftest.mutants.SwallowsCloseRequest;
import org.corotck.selftest.mutants.SwallowsFailureToCloseTheSub;
import org.corotck.selftest.mutants.SwallowsThrowIntoClosed;
import org.corotck.selftest.mutants.TakesNoSuchElementForExhaustion;
import org.corotck.selftest.mutants.ThrowsIntoCreatedBody;
import org.corotck.selftest.mutants.WrapsBodyException;
import org.corotck.spec.spi.Backend;
import org.corotck.statemachine.StateMachineBackend;
import org.corotck.threads.ThreadsBackend;

/**
 * Every mutant the TCK must fail. Most wrap the state-machine backend, whose TCK run takes a second or
 * two; the ones about threads wrap the threads backend, where a body has a thread to leak.
 */
final class Mutants {
    private static final Supplier<Backend> STATE_MACHINE = StateMachineBackend::new;
    private static final Supplier<Backend> THREADS = ThreadsBackend::new;

    private Mutants() {}

    static List<MutantBackend> all() {
        return List.of(
                new MutantBackend(new ReportsSuspendedWhileRunning(), STATE_MACHINE),
                new MutantBackend(new ForgetsReturnValue(), STATE_MACHINE),
                new MutantBackend(new RepeatsReturnValue(), STATE_MACHINE),
                new MutantBackend(new WrapsBodyException(), STATE_MACHINE),
                new MutantBackend(new SkipsPep479(), STATE_MACHINE),
                new MutantBackend(new ThrowsIntoCreatedBody(), STATE_MACHINE),
                new MutantBackend(new RunsFinallyTwice(), STATE_MACHINE),
                new MutantBackend(new SwallowsCloseRequest(), STATE_MACHINE),
                new MutantBackend(new ClosesLikePython312(), STATE_MACHINE),
                new MutantBackend(new ClosesIgnoredExit(), STATE_MACHINE),
                new MutantBackend(new LetsConcurrentSendThrough(), STATE_MACHINE),
                new MutantBackend(new BlocksOnConcurrentCall(), STATE_MACHINE),
                new MutantBackend(new MisordersFinallyUnderDelegation(), STATE_MACHINE),
                new MutantBackend(new LeaksThreadOnAbandonment(), THREADS),
                new MutantBackend(new LeaksThreadOnClose(), THREADS),
                new MutantBackend(new DeliversNullThrow(), STATE_MACHINE),
                new MutantBackend(new AcceptsValueOnCreated(), STATE_MACHINE),
                new MutantBackend(new SwallowsThrowIntoClosed(), STATE_MACHINE),
                new MutantBackend(new LosesSendThroughCallback(), THREADS),
                new MutantBackend(new SkipsPep479OnTheFirstStep(), STATE_MACHINE),
                new MutantBackend(new TakesNoSuchElementForExhaustion(), STATE_MACHINE),
                new MutantBackend(new ClosesCleanlyOnlyOnItsOwnRequest(), STATE_MACHINE),
                new MutantBackend(new DiscardsResourceFailuresOnClose(), STATE_MACHINE),
                new MutantBackend(new ForwardsTheSubsCloseValue(), STATE_MACHINE),
                new MutantBackend(new SwallowsFailureToCloseTheSub(), STATE_MACHINE),
                new MutantBackend(new PropagatesDelegationToRunningCoroutine(), STATE_MACHINE),
                new MutantBackend(new SendsNextToIteratorRefusingValue(), STATE_MACHINE),
                new MutantBackend(new KeepsClosingAnIgnoringBody(), THREADS),
                new MutantBackend(new DropsFinalizationFailures(), STATE_MACHINE),
                new MutantBackend(new RefusesNullThrowAsAlreadyExecuting(), STATE_MACHINE),
                new MutantBackend(new RunsStepsOnAnotherThread(), STATE_MACHINE),
                new MutantBackend(new ReportsCreatedAfterFailedStart(), STATE_MACHINE));
    }
}

package org.corotck.selftest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.corotck.continuation.ContinuationBackend;
import org.corotck.selftest.mutants.AcceptsValueOnCreated;
import org.corotck.selftest.mutants.AnswersCallsWhileRunningWithNull;
import org.corotck.selftest.mutants.AnswersNullWhenClosed;
import org.corotck.selftest.mutants.BelongsToItsFirstCaller;
import org.corotck.selftest.mutants.BlocksOnConcurrentCall;
import org.corotck.selftest.mutants.ClosesCleanlyOnlyOnItsOwnRequest;
import org.corotck.selftest.mutants.ClosesIgnoredExit;
import org.corotck.selftest.mutants.ClosesItselfQuietly;
import org.corotck.selftest.mutants.ClosesLikePython312;
import org.corotck.selftest.mutants.ClosesTheSubInsteadOfThrowing;
import org.corotck.selftest.mutants.ClosesWithAnException;
import org.corotck.selftest.mutants.ClosesWithNonNull;
import org.corotck.selftest.mutants.ConvertsExhaustionThrownIntoCreated;
import org.corotck.selftest.mutants.CopiesStrings;
import org.corotck.selftest.mutants.DeliversNullThrow;
import org.corotck.selftest.mutants.DiscardsResourceFailuresOnClose;
import org.corotck.selftest.mutants.DropsFinalizationFailures;
import org.corotck.selftest.mutants.DropsTheValueYieldedAfterThrowInto;
import org.corotck.selftest.mutants.DropsValuesSentToTheSub;
import org.corotck.selftest.mutants.FinishesAbandonedCreatedCoroutines;
import org.corotck.selftest.mutants.ForgetsAnEarlyReturnValue;
import org.corotck.selftest.mutants.ForgetsItClosed;
import org.corotck.selftest.mutants.ForgetsReturnValue;
import org.corotck.selftest.mutants.ForgetsThePendingExit;
import org.corotck.selftest.mutants.ForgetsTheReturnAfterThrowInto;
import org.corotck.selftest.mutants.ForgetsTheSubsReturnValue;
import org.corotck.selftest.mutants.ForwardsTheSubsCloseValue;
import org.corotck.selftest.mutants.HidesBodyWritesFromTheCaller;
import org.corotck.selftest.mutants.HidesCallerWritesFromTheBody;
import org.corotck.selftest.mutants.KeepsClosingAnIgnoringBody;
import org.corotck.selftest.mutants.LeaksThreadOnAbandonment;
import org.corotck.selftest.mutants.LeaksThreadOnClose;
import org.corotck.selftest.mutants.LeavesTheSubOpen;
import org.corotck.selftest.mutants.LetsConcurrentSendThrough;
import org.corotck.selftest.mutants.LetsTheCloseRequestOut;
import org.corotck.selftest.mutants.LosesSendThroughCallback;
import org.corotck.selftest.mutants.MisordersFinallyUnderDelegation;
import org.corotck.selftest.mutants.NestsEveryDelegation;
import org.corotck.selftest.mutants.NextSendsAValue;
import org.corotck.selftest.mutants.PropagatesDelegationToRunningCoroutine;
import org.corotck.selftest.mutants.RaisesAgainWhenClosed;
import org.corotck.selftest.mutants.RaisesReturnedExceptions;
import org.corotck.selftest.mutants.RaisesTheSubsExhaustionOnClose;
import org.corotck.selftest.mutants.RefusesForeignSubs;
import org.corotck.selftest.mutants.RefusesNullThrowAsAlreadyExecuting;
import org.corotck.selftest.mutants.RefusesSecondClose;
import org.corotck.selftest.mutants.RefusesStackfulBodies;
import org.corotck.selftest.mutants.RefusesStateMachines;
import org.corotck.selftest.mutants.RepeatsReturnValue;
import org.corotck.selftest.mutants.ReplacesTypeErrors;
import org.corotck.selftest.mutants.ReplaysClosedSubs;
import org.corotck.selftest.mutants.ReportsCreatedAfterFailedStart;
import org.corotck.selftest.mutants.ReportsRunningWhileSuspended;
import org.corotck.selftest.mutants.ReportsSuspendedWhileRunning;
import org.corotck.selftest.mutants.RoundsYieldedDoubles;
import org.corotck.selftest.mutants.RunsFinallyTwice;
import org.corotck.selftest.mutants.RunsForeignCallsElsewhere;
import org.corotck.selftest.mutants.RunsStackfulBodiesOnThreads;
import org.corotck.selftest.mutants.RunsStepsOnAnotherThread;
import org.corotck.selftest.mutants.RunsTheBodyOnCloseOfCreated;
import org.corotck.selftest.mutants.SendsNextToIteratorRefusingValue;
import org.corotck.selftest.mutants.SendsNull;
import org.corotck.selftest.mutants.SkipsPep479;
import org.corotck.selftest.mutants.SkipsPep479OnTheFirstStep;
import org.corotck.selftest.mutants.SkipsPep479OnThrowInto;
import org.corotck.selftest.mutants.StartsLate;
import org.corotck.selftest.mutants.StartsOnCreation;
import org.corotck.selftest.mutants.StateStartsTheBody;
import org.corotck.selftest.mutants.SwallowsAnUncaughtAlreadyExecuting;
import org.corotck.selftest.mutants.SwallowsCloseRequest;
import org.corotck.selftest.mutants.SwallowsErrorsWhileClosing;
import org.corotck.selftest.mutants.SwallowsFailureToCloseTheSub;
import org.corotck.selftest.mutants.SwallowsInterruptsDuringCalls;
import org.corotck.selftest.mutants.SwallowsTheSubsIgnoredExit;
import org.corotck.selftest.mutants.SwallowsThrowIntoClosed;
import org.corotck.selftest.mutants.SwallowsThrownExit;
import org.corotck.selftest.mutants.TakesANullAnswerForAYield;
import org.corotck.selftest.mutants.TakesAResourcesExitForAFailure;
import org.corotck.selftest.mutants.TakesAThrownExhaustionForTheSubsFailure;
import org.corotck.selftest.mutants.TakesNoSuchElementForExhaustion;
import org.corotck.selftest.mutants.ThrowsIntoCreatedBody;
import org.corotck.selftest.mutants.ThrowsTheExitOverItsResourceFailure;
import org.corotck.selftest.mutants.UnwrapsAnExitTheBodyRaises;
import org.corotck.selftest.mutants.WrapsBodyException;
import org.corotck.selftest.mutants.WrapsCheckedThrownIn;
import org.corotck.selftest.mutants.WrapsTheSubsException;
import org.corotck.selftest.mutants.WrapsUncaughtThrownIn;
import org.corotck.selftest.mutants.WrapsWhatAHandlerRaises;
import org.corotck.spec.spi.Backend;
import org.corotck.statemachine.StateMachineBackend;
import org.corotck.threads.ThreadsBackend;

/**
 * Every mutant the TCK must fail, each on the state-machine base and on a stackful one (continuation, whose
 * TCK run is as quick; threads where the fault is about threads), so that both halves of each rule's tests,
 * the state-machine form and the stackful form, are shown to fail. A few belong to one kind of base only:
 * finalization needs a backend that finalizes, a machine-level fault needs the machine form, and a fault of
 * a capability needs a backend that declares it (or does not).
 */
final class Mutants {
    private static final Supplier<Backend> STATE_MACHINE = StateMachineBackend::new;
    private static final Supplier<Backend> CONTINUATION = ContinuationBackend::new;
    private static final Supplier<Backend> THREADS = ThreadsBackend::new;

    /**
     * Required rules that no mutant wrapping a correct backend can break, and why; the kill matrix lists
     * them. Every other required rule has a mutant on each kind of base.
     */
    static final Map<String, String> UNBREAKABLE = unbreakable();

    private Mutants() {}

    static List<MutantBackend> all() {
        return List.of(
                mutant(AcceptsValueOnCreated::new, CONTINUATION),
                mutant(AcceptsValueOnCreated::new, STATE_MACHINE),
                mutant(AnswersCallsWhileRunningWithNull::new, CONTINUATION),
                mutant(AnswersCallsWhileRunningWithNull::new, STATE_MACHINE),
                mutant(AnswersNullWhenClosed::new, CONTINUATION),
                mutant(AnswersNullWhenClosed::new, STATE_MACHINE),
                mutant(BelongsToItsFirstCaller::new, CONTINUATION),
                mutant(BelongsToItsFirstCaller::new, STATE_MACHINE),
                mutant(BlocksOnConcurrentCall::new, CONTINUATION),
                mutant(BlocksOnConcurrentCall::new, STATE_MACHINE),
                mutant(ClosesIgnoredExit::new, CONTINUATION),
                mutant(ClosesIgnoredExit::new, STATE_MACHINE),
                mutant(ClosesItselfQuietly::new, CONTINUATION),
                mutant(ClosesItselfQuietly::new, STATE_MACHINE),
                mutant(ClosesLikePython312::new, CONTINUATION),
                mutant(ClosesLikePython312::new, STATE_MACHINE),
                mutant(ClosesTheSubInsteadOfThrowing::new, CONTINUATION),
                mutant(ClosesTheSubInsteadOfThrowing::new, STATE_MACHINE),
                mutant(ClosesWithAnException::new, CONTINUATION),
                mutant(ClosesWithAnException::new, STATE_MACHINE),
                mutant(ClosesWithNonNull::new, CONTINUATION),
                mutant(ClosesWithNonNull::new, STATE_MACHINE),
                mutant(ConvertsExhaustionThrownIntoCreated::new, CONTINUATION),
                mutant(ConvertsExhaustionThrownIntoCreated::new, STATE_MACHINE),
                mutant(CopiesStrings::new, CONTINUATION),
                mutant(CopiesStrings::new, STATE_MACHINE),
                mutant(DeliversNullThrow::new, CONTINUATION),
                mutant(DeliversNullThrow::new, STATE_MACHINE),
                mutant(DropsTheValueYieldedAfterThrowInto::new, CONTINUATION),
                mutant(DropsTheValueYieldedAfterThrowInto::new, STATE_MACHINE),
                mutant(DropsValuesSentToTheSub::new, CONTINUATION),
                mutant(DropsValuesSentToTheSub::new, STATE_MACHINE),
                mutant(FinishesAbandonedCreatedCoroutines::new, CONTINUATION),
                mutant(FinishesAbandonedCreatedCoroutines::new, STATE_MACHINE),
                mutant(ForgetsAnEarlyReturnValue::new, CONTINUATION),
                mutant(ForgetsAnEarlyReturnValue::new, STATE_MACHINE),
                mutant(ForgetsItClosed::new, CONTINUATION),
                mutant(ForgetsItClosed::new, STATE_MACHINE),
                mutant(ForgetsReturnValue::new, CONTINUATION),
                mutant(ForgetsReturnValue::new, STATE_MACHINE),
                mutant(ForgetsThePendingExit::new, CONTINUATION),
                mutant(ForgetsThePendingExit::new, STATE_MACHINE),
                mutant(ForgetsTheReturnAfterThrowInto::new, CONTINUATION),
                mutant(ForgetsTheReturnAfterThrowInto::new, STATE_MACHINE),
                mutant(ForgetsTheSubsReturnValue::new, CONTINUATION),
                mutant(ForgetsTheSubsReturnValue::new, STATE_MACHINE),
                mutant(HidesBodyWritesFromTheCaller::new, CONTINUATION),
                mutant(HidesBodyWritesFromTheCaller::new, STATE_MACHINE),
                mutant(HidesBodyWritesFromTheCaller::new, THREADS),
                mutant(HidesCallerWritesFromTheBody::new, CONTINUATION),
                mutant(HidesCallerWritesFromTheBody::new, STATE_MACHINE),
                mutant(HidesCallerWritesFromTheBody::new, THREADS),
                mutant(LeaksThreadOnAbandonment::new, THREADS),
                mutant(LeaksThreadOnClose::new, STATE_MACHINE),
                mutant(LeaksThreadOnClose::new, THREADS),
                mutant(LeavesTheSubOpen::new, CONTINUATION),
                mutant(LeavesTheSubOpen::new, STATE_MACHINE),
                mutant(LetsConcurrentSendThrough::new, CONTINUATION),
                mutant(LetsConcurrentSendThrough::new, STATE_MACHINE),
                mutant(LetsTheCloseRequestOut::new, CONTINUATION),
                mutant(LetsTheCloseRequestOut::new, STATE_MACHINE),
                mutant(MisordersFinallyUnderDelegation::new, CONTINUATION),
                mutant(MisordersFinallyUnderDelegation::new, STATE_MACHINE),
                mutant(NestsEveryDelegation::new, CONTINUATION),
                mutant(NestsEveryDelegation::new, STATE_MACHINE),
                mutant(NextSendsAValue::new, CONTINUATION),
                mutant(NextSendsAValue::new, STATE_MACHINE),
                mutant(RaisesAgainWhenClosed::new, CONTINUATION),
                mutant(RaisesAgainWhenClosed::new, STATE_MACHINE),
                mutant(RaisesReturnedExceptions::new, CONTINUATION),
                mutant(RaisesReturnedExceptions::new, STATE_MACHINE),
                mutant(RaisesTheSubsExhaustionOnClose::new, CONTINUATION),
                mutant(RaisesTheSubsExhaustionOnClose::new, STATE_MACHINE),
                mutant(RefusesForeignSubs::new, CONTINUATION),
                mutant(RefusesForeignSubs::new, STATE_MACHINE),
                mutant(RefusesSecondClose::new, CONTINUATION),
                mutant(RefusesSecondClose::new, STATE_MACHINE),
                mutant(RefusesStackfulBodies::new, CONTINUATION),
                mutant(RefusesStateMachines::new, CONTINUATION),
                mutant(RefusesStateMachines::new, STATE_MACHINE),
                mutant(RepeatsReturnValue::new, CONTINUATION),
                mutant(RepeatsReturnValue::new, STATE_MACHINE),
                mutant(ReplacesTypeErrors::new, CONTINUATION),
                mutant(ReplacesTypeErrors::new, STATE_MACHINE),
                mutant(ReplaysClosedSubs::new, CONTINUATION),
                mutant(ReplaysClosedSubs::new, STATE_MACHINE),
                mutant(ReportsRunningWhileSuspended::new, CONTINUATION),
                mutant(ReportsRunningWhileSuspended::new, STATE_MACHINE),
                mutant(ReportsSuspendedWhileRunning::new, CONTINUATION),
                mutant(ReportsSuspendedWhileRunning::new, STATE_MACHINE),
                mutant(RoundsYieldedDoubles::new, CONTINUATION),
                mutant(RoundsYieldedDoubles::new, STATE_MACHINE),
                mutant(RunsFinallyTwice::new, STATE_MACHINE),
                mutant(RunsForeignCallsElsewhere::new, CONTINUATION),
                mutant(RunsForeignCallsElsewhere::new, STATE_MACHINE),
                mutant(RunsStackfulBodiesOnThreads::new, STATE_MACHINE),
                mutant(RunsTheBodyOnCloseOfCreated::new, CONTINUATION),
                mutant(RunsTheBodyOnCloseOfCreated::new, STATE_MACHINE),
                mutant(SendsNull::new, CONTINUATION),
                mutant(SendsNull::new, STATE_MACHINE),
                mutant(SkipsPep479::new, CONTINUATION),
                mutant(SkipsPep479::new, STATE_MACHINE),
                mutant(SkipsPep479OnThrowInto::new, CONTINUATION),
                mutant(SkipsPep479OnThrowInto::new, STATE_MACHINE),
                mutant(StartsLate::new, CONTINUATION),
                mutant(StartsLate::new, STATE_MACHINE),
                mutant(StartsOnCreation::new, CONTINUATION),
                mutant(StartsOnCreation::new, STATE_MACHINE),
                mutant(StateStartsTheBody::new, CONTINUATION),
                mutant(StateStartsTheBody::new, STATE_MACHINE),
                mutant(SwallowsAnUncaughtAlreadyExecuting::new, CONTINUATION),
                mutant(SwallowsAnUncaughtAlreadyExecuting::new, STATE_MACHINE),
                mutant(SwallowsCloseRequest::new, CONTINUATION),
                mutant(SwallowsCloseRequest::new, STATE_MACHINE),
                mutant(SwallowsErrorsWhileClosing::new, CONTINUATION),
                mutant(SwallowsErrorsWhileClosing::new, STATE_MACHINE),
                mutant(SwallowsInterruptsDuringCalls::new, CONTINUATION),
                mutant(SwallowsInterruptsDuringCalls::new, STATE_MACHINE),
                mutant(SwallowsInterruptsDuringCalls::new, THREADS),
                mutant(SwallowsTheSubsIgnoredExit::new, CONTINUATION),
                mutant(SwallowsTheSubsIgnoredExit::new, STATE_MACHINE),
                mutant(SwallowsThrowIntoClosed::new, CONTINUATION),
                mutant(SwallowsThrowIntoClosed::new, STATE_MACHINE),
                mutant(SwallowsThrownExit::new, CONTINUATION),
                mutant(SwallowsThrownExit::new, STATE_MACHINE),
                mutant(TakesAResourcesExitForAFailure::new, CONTINUATION),
                mutant(TakesAResourcesExitForAFailure::new, STATE_MACHINE),
                mutant(TakesAThrownExhaustionForTheSubsFailure::new, CONTINUATION),
                mutant(TakesAThrownExhaustionForTheSubsFailure::new, STATE_MACHINE),
                mutant(ThrowsIntoCreatedBody::new, CONTINUATION),
                mutant(ThrowsIntoCreatedBody::new, STATE_MACHINE),
                mutant(ThrowsTheExitOverItsResourceFailure::new, CONTINUATION),
                mutant(ThrowsTheExitOverItsResourceFailure::new, STATE_MACHINE),
                mutant(UnwrapsAnExitTheBodyRaises::new, CONTINUATION),
                mutant(UnwrapsAnExitTheBodyRaises::new, STATE_MACHINE),
                mutant(WrapsBodyException::new, CONTINUATION),
                mutant(WrapsBodyException::new, STATE_MACHINE),
                mutant(WrapsCheckedThrownIn::new, CONTINUATION),
                mutant(WrapsCheckedThrownIn::new, STATE_MACHINE),
                mutant(WrapsTheSubsException::new, CONTINUATION),
                mutant(WrapsTheSubsException::new, STATE_MACHINE),
                mutant(WrapsUncaughtThrownIn::new, CONTINUATION),
                mutant(WrapsUncaughtThrownIn::new, STATE_MACHINE),
                mutant(WrapsWhatAHandlerRaises::new, CONTINUATION),
                mutant(WrapsWhatAHandlerRaises::new, STATE_MACHINE),
                // issue 15's rules (those whose mutant breaks the machine form only, on the state-machine base), and 11.8
                mutant(SkipsPep479OnTheFirstStep::new, CONTINUATION),
                mutant(SkipsPep479OnTheFirstStep::new, STATE_MACHINE),
                mutant(TakesNoSuchElementForExhaustion::new, CONTINUATION),
                mutant(TakesNoSuchElementForExhaustion::new, STATE_MACHINE),
                mutant(ClosesCleanlyOnlyOnItsOwnRequest::new, STATE_MACHINE),
                mutant(DiscardsResourceFailuresOnClose::new, CONTINUATION),
                mutant(DiscardsResourceFailuresOnClose::new, STATE_MACHINE),
                mutant(ForwardsTheSubsCloseValue::new, STATE_MACHINE),
                mutant(SwallowsFailureToCloseTheSub::new, CONTINUATION),
                mutant(SwallowsFailureToCloseTheSub::new, STATE_MACHINE),
                mutant(PropagatesDelegationToRunningCoroutine::new, CONTINUATION),
                mutant(PropagatesDelegationToRunningCoroutine::new, STATE_MACHINE),
                mutant(SendsNextToIteratorRefusingValue::new, CONTINUATION),
                mutant(SendsNextToIteratorRefusingValue::new, STATE_MACHINE),
                mutant(DropsFinalizationFailures::new, STATE_MACHINE),
                mutant(RefusesNullThrowAsAlreadyExecuting::new, CONTINUATION),
                mutant(RefusesNullThrowAsAlreadyExecuting::new, STATE_MACHINE),
                mutant(RunsStepsOnAnotherThread::new, CONTINUATION),
                mutant(RunsStepsOnAnotherThread::new, STATE_MACHINE),
                mutant(ReportsCreatedAfterFailedStart::new, CONTINUATION),
                mutant(ReportsCreatedAfterFailedStart::new, STATE_MACHINE),
                mutant(TakesANullAnswerForAYield::new, CONTINUATION),
                mutant(TakesANullAnswerForAYield::new, STATE_MACHINE),
                mutant(KeepsClosingAnIgnoringBody::new, THREADS),
                mutant(LosesSendThroughCallback::new, THREADS));
    }

    private static MutantBackend mutant(Supplier<Mutation> mutation, Supplier<Backend> base) {
        return new MutantBackend(mutation.get(), base);
    }

    private static Map<String, String> unbreakable() {
        Map<String, String> why = new LinkedHashMap<>();
        why.put("11.6", "it is about finding a backend registered as a service by its name; mutants are made by the"
                + " self-test and not registered, so MutantTck skips its test (a wrong registration is a packaging"
                + " fault, which each backend's own TCK run checks)");
        return why;
    }
}

package org.corotck.selftest;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.spec.spi.Backend;

/**
 * A mutation of delegation (PEP 380), in both body forms: every sub-coroutine a body delegates to, with
 * {@code yieldFrom} or {@code Step.delegate}, is replaced by a faulty view of it, as if the backend forwarded
 * to it wrongly. Nothing else changes.
 */
public abstract class DelegationMutation implements Mutation {
    /** The coroutines this mutant made, weakly: a sub that is not among them comes from elsewhere. */
    private final Set<Coroutine<?, ?>> made = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** The faulty view of {@code sub} that the delegation talks to. */
    protected abstract Coroutine<Object, Object> wrapSub(Coroutine<Object, Object> sub);

    /** Whether this mutant made {@code c}, as opposed to another backend. */
    protected final boolean madeHere(Coroutine<?, ?> c) {
        return made.contains(c);
    }

    @Override
    public final <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        Coroutine<I, O> c = base.stackful(y -> body.run(new ForwardingYielder<I, O>(y) {
            @Override
            public Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
                return correct.yieldFrom(wrapAny(sub));
            }
        }));
        made.add(c);
        return c;
    }

    @Override
    public final <I, O> Coroutine<I, O> stateMachine(Backend base, StateMachine<I, O> machine) {
        Coroutine<I, O> c = base.stateMachine(new ForwardingMachine<>(machine) {
            @Override
            public Step<I, O> resume(I sent) throws Exception {
                return wrapDelegation(correct.resume(sent));
            }

            @Override
            public Step<I, O> resumeThrowing(Throwable thrown) throws Exception {
                return wrapDelegation(correct.resumeThrowing(thrown));
            }

            @Override
            public Step<I, O> resumeReturned(Object value) throws Exception {
                return wrapDelegation(correct.resumeReturned(value));
            }
        });
        made.add(c);
        return c;
    }

    private <I, O> Step<I, O> wrapDelegation(Step<I, O> step) {
        return step instanceof Step.Delegate<I, O> d ? Step.delegate(wrapAny(d.to())) : step;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <I, O> Coroutine<I, O> wrapAny(Coroutine<? super I, ? extends O> sub) {
        return (Coroutine) wrapSub((Coroutine) sub);
    }
}

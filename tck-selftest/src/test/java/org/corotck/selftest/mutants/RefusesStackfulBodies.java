package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.spi.Backend;

/** Use on a base that declares STACKFUL: the claim stays, the capability goes. */
@Breaks(value = "11.3", how = "declares STACKFUL but refuses stackful bodies with UnsupportedOperationException")
public final class RefusesStackfulBodies implements Mutation {
    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        throw new UnsupportedOperationException("no stackful bodies after all");
    }
}

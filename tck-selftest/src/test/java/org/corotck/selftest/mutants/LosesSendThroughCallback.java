package org.corotck.selftest.mutants;

import org.corotck.selftest.Breaks;
import org.corotck.selftest.ForwardingYielder;
import org.corotck.selftest.Mutation;
import org.corotck.spec.Coroutine;
import org.corotck.spec.StackfulBody;
import org.corotck.spec.spi.Backend;

/**
 * Gives the body a yielder that suspends normally but, for a yield reached through {@code forEach}'s
 * callback, resumes with null instead of the sent value: what a stack-rewriting backend does when it
 * unwinds through a JDK frame it cannot save and carries on as if nothing were lost.
 */
@Breaks(value = "11.8", how = "a yield inside a lambda that List.forEach calls resumes without the value sent to it")
public final class LosesSendThroughCallback implements Mutation {

    @Override
    public <I, O> Coroutine<I, O> stackful(Backend base, StackfulBody<I, O> body) {
        return base.stackful(y -> body.run(new ForwardingYielder<I, O>(y) {
            @Override
            public I yield(O value) {
                I sent = correct.yield(value);
                return insideForEach() ? null : sent;
            }
        }));
    }

    private static boolean insideForEach() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getMethodName().equals("forEach") && f.getClassName().startsWith("java.")));
    }
}

package org.corotck.instrumented.runtime;

import java.util.Objects;
import java.util.Optional;
import org.corotck.backendsupport.Sneaky;
import org.corotck.spec.Coroutine;
import org.corotck.spec.PinnedYieldException;
import org.corotck.spec.Yielder;

/**
 * The resumable stack of one coroutine and the protocol that instrumented methods follow with it. The
 * body's Yielder is its Fiber, so every resumable method finds it in its Yielder parameter.
 *
 * <p>The protocol, as the instrumenter generates it:
 * <ul>
 *   <li><b>Arming.</b> Just before a call that may suspend, the caller stores the callee's token (name and
 *       descriptor, an interned constant) in {@link #expected}. On entry, a resumable method compares the
 *       token with its own and clears it: a match means its caller is instrumented and will save itself
 *       when a yield unwinds through it. A mismatch means an untransformed frame called it (a JDK method
 *       such as {@code forEach}, a class loaded before the agent, a constructor), or an instrumented frame
 *       that cannot save itself there, whose token then carries the reason.</li>
 *   <li><b>Capturing.</b> A yield sets {@link #mode} to {@link #CAPTURING} and returns. After each call
 *       that may suspend, a resumable method checks the mode; when capturing, it pushes its operand stack
 *       and locals and its resume point onto this stack and returns at once, and so on down to the engine.</li>
 *   <li><b>Restoring.</b> The engine sets {@link #RESTORING} and calls the body again. Each method pops
 *       its frame, restores its locals and operand stack and calls the same callee again, down to the
 *       yield, which ends the restoring and returns the sent value (or throws the thrown exception).</li>
 *   <li><b>Refusing.</b> A method entered from an untransformed frame cannot unwind into it. When a yield
 *       starts capturing above it, it does not save itself but turns the capture into a restoring that
 *       ends in a {@link PinnedYieldException} thrown at the yield, naming the untransformed frame.</li>
 * </ul>
 * Fields are plain: a coroutine runs on one thread at a time, and the lifecycle's state changes order
 * its steps (rules 8.5, 8.6).
 */
public abstract class Fiber<I, O> extends FrameStack implements Yielder<I, O> {
    /** The body runs normally. */
    public static final int RUNNING = 0;
    /** A yield is unwinding the body's frames into this stack. */
    public static final int CAPTURING = 1;
    /** The body's frames are being re-entered from this stack. */
    public static final int RESTORING = 2;

    /** The token of {@link #yield}, armed by its instrumented callers. */
    public static final String YIELD = "yield(Ljava/lang/Object;)Ljava/lang/Object;";
    /** The token of {@link #yieldFrom}. */
    public static final String YIELD_FROM = "yieldFrom(Lorg/corotck/spec/Coroutine;)Ljava/lang/Object;";
    /** The token the engine arms when it calls the body. */
    protected static final String RUN = "run(Lorg/corotck/spec/Yielder;)Ljava/lang/Object;";
    /** Prefix of a token that carries the reason why its call site cannot save its frame. */
    public static final String RESTRICTED = "!";

    /** For generated code: {@link #RUNNING}, {@link #CAPTURING} or {@link #RESTORING}. */
    public int mode;
    /** For generated code: the token of the call about to be made by an instrumented caller, else null. */
    public Object expected;

    /** The thread running the body during a step, else null: a yield from anywhere else is refused (rule 12.6). */
    protected Thread carrier;
    /** Set while an abandoned coroutine is finalized: a suspension then drops the body (rule 10.3). */
    protected boolean finalizing;

    /**
     * What crosses between the body and its caller, one thing at a time: the value (or, when
     * {@link #raising}, the exception) that a resume delivers to the pending yield; then what the
     * suspension hands out, a yielded value or the coroutine a yieldFrom delegates to; and the engine's
     * outcome of the step. One field rather than four keeps a suspended coroutine small.
     */
    protected Object transfer;
    private boolean raising;
    private boolean delegating;

    // ---- the suspension points

    @Override
    public final I yield(O value) {
        if (expected != YIELD) {
            throw refuse("yield");
        }
        expected = null;
        if (mode == RESTORING) {
            return resumed();
        }
        if (carrier != Thread.currentThread()) {
            throw outsideTheBody();
        }
        transfer = value; // while finalizing too: the engine then drops the saved frames (rule 10.3)
        delegating = false;
        mode = CAPTURING;
        return null;
    }

    /**
     * Suspends with a delegation request that the engine carries out: nothing of {@code sub} runs before
     * the body's frames are saved, so a delegation that cannot suspend here leaves {@code sub} untouched.
     */
    @Override
    public final Object yieldFrom(Coroutine<? super I, ? extends O> sub) {
        if (expected != YIELD_FROM) {
            throw refuse("yieldFrom");
        }
        expected = null;
        if (mode == RESTORING) {
            return resumed();
        }
        if (carrier != Thread.currentThread()) {
            throw outsideTheBody();
        }
        Objects.requireNonNull(sub, "yieldFrom(null): there is no coroutine to delegate to");
        transfer = sub;
        delegating = true;
        mode = CAPTURING;
        return null;
    }

    @SuppressWarnings("unchecked")
    private <T> T resumed() {
        mode = RUNNING;
        if (!framesEmpty()) {
            throw corrupt("the yield was reached with frames still saved");
        }
        Object value = transfer;
        boolean raises = raising;
        transfer = null;
        raising = false;
        if (raises) {
            throw Sneaky.raise((Throwable) value);
        }
        return (T) value;
    }

    private IllegalStateException outsideTheBody() {
        return new IllegalStateException("yield called outside the coroutine's body: the body is not running on "
                + Thread.currentThread());
    }

    /** A suspension point reached from a frame that cannot save itself: fails at once, naming that frame. */
    private RuntimeException refuse(String point) {
        if (carrier != Thread.currentThread() || mode != RUNNING) {
            return outsideTheBody(); // and touches nothing: the body may be running on its own thread (rule 12.6)
        }
        Object token = expected;
        expected = null;
        return new PinnedYieldException(reason(token, Fiber.class.getName(), point));
    }

    // ---- for the engine

    /** Prepares a step that re-enters the suspended body: its yield will return {@code value} or throw {@code error}. */
    protected final void prepareResume(Object value, Throwable error) {
        transfer = error != null ? error : value;
        raising = error != null;
        mode = RESTORING;
    }

    /** After the body returned in {@link #CAPTURING} mode: whether it asked to delegate rather than to yield. */
    protected final boolean suspendedToDelegate() {
        return delegating;
    }

    /** Ends a suspension: {@link #transfer} holds the value yielded, or the coroutine to delegate to. */
    protected final void suspensionTaken() {
        delegating = false;
        mode = RUNNING;
    }

    /** After the body ended: nothing of it is kept. */
    protected final void reset() {
        mode = RUNNING;
        expected = null;
        transfer = null;
        raising = false;
        delegating = false;
        clearFrames();
    }

    // ---- for generated code

    /**
     * Called by a resumable method that was entered from an untransformed frame when a yield above it
     * starts capturing: the capture becomes a restoring of the frames just saved, and the yield throws
     * PinnedYieldException. {@code seen} is the token found on entry, {@code method} the method's name.
     */
    public static void refuseToUnwind(Fiber<?, ?> fiber, Object seen, String method) {
        int dot = method.lastIndexOf('.');
        fiber.delegating = false;
        fiber.raising = true;
        fiber.transfer = new PinnedYieldException(reason(seen, method.substring(0, dot), method.substring(dot + 1)));
        fiber.mode = RESTORING;
    }

    /** Whether {@code seen}, armed by a caller, is a token that forwards to the method whose own token is {@code own}. */
    public static boolean forwardsTo(Object seen, String own) {
        return seen instanceof String token && !token.startsWith(RESTRICTED) && Forwarders.forwards(token, own);
    }

    /** A resumable method found a frame that is not its own: the stack was not restored as it was saved. */
    public static IllegalStateException corrupt(String what) {
        return new IllegalStateException("instrumented coroutine: " + what + "; the saved frames do not match the"
                + " methods re-entered (was a class redefined, or a frame of another coroutine's yielder used?)");
    }

    /**
     * Why the frame that called {@code className.method} cannot be unwound: the reason its instrumented
     * caller armed, else the first frame below it, found by walking the stack (only on this failure path).
     */
    private static String reason(Object seen, String className, String method) {
        if (seen instanceof String token && token.startsWith(RESTRICTED)) {
            return token.substring(RESTRICTED.length());
        }
        Optional<String> caller = StackWalker.getInstance().walk(frames -> frames
                .dropWhile(f -> !(f.getClassName().equals(className) && f.getMethodName().equals(method)))
                .skip(1)
                .filter(f -> !f.getClassName().startsWith(Fiber.class.getPackageName()))
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName()
                        + (f.getLineNumber() > 0 ? " (" + f.getFileName() + ":" + f.getLineNumber() + ")" : "")));
        return "cannot suspend through the call from " + caller.orElse("(unknown)") + " to " + className + "."
                + method + ": that frame does not save itself (a JDK method such as forEach or a stream, a"
                + " constructor or static initializer, a class loaded before the agent or a hidden class), or it"
                + " calls through a method that does not take the Yielder (pass the Yielder as a parameter)";
    }
}

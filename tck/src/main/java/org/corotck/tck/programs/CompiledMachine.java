package org.corotck.tck.programs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.ExhaustionLeakedException;
import org.corotck.spec.StateMachine;
import org.corotck.spec.Step;
import org.corotck.tck.EffectLog;

/**
 * Runs {@link Code} as a state-machine body: an explicit program counter per frame, a stack of frames
 * for helper calls, and {@link Step#delegate} for delegations, each helper a machine of its own on the
 * backend. Between two steps everything the body needs is in these fields, which is what lets a backend
 * without a stack run it (rule 11.2).
 */
public final class CompiledMachine implements StateMachine<Object, Object> {
    private final Code code;
    private final EffectLog log;
    private final Function<StateMachine<Object, Object>, Coroutine<Object, Object>> backend;
    private final int function;
    private final Object argument;
    private final Deque<Frame> frames = new ArrayDeque<>();

    /** A machine for the program's main function. */
    public CompiledMachine(Code code, EffectLog log, Function<StateMachine<Object, Object>, Coroutine<Object, Object>> backend) {
        this(code, log, backend, 0, null);
    }

    private CompiledMachine(Code code, EffectLog log, Function<StateMachine<Object, Object>, Coroutine<Object, Object>> backend,
            int function, Object argument) {
        this.code = code;
        this.log = log;
        this.backend = backend;
        this.function = function;
        this.argument = argument;
    }

    private record Block(boolean isFinally, int handler, int pendingDepth) {}

    /** How finally code ends: go on ({@code error} and {@code returning} unset), re-raise, or go on returning. */
    private record Pending(Throwable error, boolean returning, Object value) {}

    private final class Frame {
        final List<Instr> instrs;
        final Object[] locals;
        final int[] counters;
        final Deque<Block> blocks = new ArrayDeque<>();
        final List<Pending> pending = new ArrayList<>();
        int pc;
        Integer target;
        Throwable handling;

        Frame(int function, Object argument) {
            this.instrs = code.functions().get(function);
            this.locals = Program.locals(function, argument);
            this.counters = new int[code.counters()[function]];
        }

        void truncatePending(int depth) {
            pending.subList(depth, pending.size()).clear();
        }
    }

    @Override
    public Step<Object, Object> resume(Object sent) {
        if (frames.isEmpty()) {
            frames.push(new Frame(function, argument));
        } else {
            store(sent);
        }
        return run();
    }

    @Override
    public Step<Object, Object> resumeThrowing(Throwable thrown) {
        Step<Object, Object> step = raise(thrown);
        return step != null ? step : run();
    }

    @Override
    public Step<Object, Object> resumeReturned(Object value) {
        store(value);
        return run();
    }

    private void store(Object value) {
        Frame f = frames.peek();
        if (f.target != null) {
            f.locals[f.target] = value;
        }
        f.target = null;
    }

    private Step<Object, Object> run() {
        while (true) {
            Frame f = frames.peek();
            Step<Object, Object> step = execute(f, f.instrs.get(f.pc++));
            if (step != null) {
                return step;
            }
        }
    }

    /** Executes one instruction; a step when the machine suspends or ends, else null. */
    private Step<Object, Object> execute(Frame f, Instr instr) {
        switch (instr) {
            case Instr.Yield y -> {
                f.target = y.target();
                return Step.yield(Expr.eval(y.value(), f.locals));
            }
            case Instr.Assign a -> f.locals[a.var()] = Expr.eval(a.value(), f.locals);
            case Instr.LogValue l -> log.add(PythonPrinter.value(Expr.eval(l.value(), f.locals)));
            case Instr.Jump j -> f.pc = j.to();
            case Instr.JumpUnlessLess j -> {
                if (Expr.number(f.locals[j.var()]) >= j.bound()) {
                    f.pc = j.to();
                }
            }
            case Instr.LoopInit l -> f.counters[l.slot()] = l.times();
            case Instr.LoopNext l -> {
                if (f.counters[l.slot()] == 0) {
                    f.pc = l.exit();
                } else {
                    f.counters[l.slot()]--;
                }
            }
            case Instr.SetupExcept s -> f.blocks.push(new Block(false, s.handler(), f.pending.size()));
            case Instr.SetupFinally s -> f.blocks.push(new Block(true, s.handler(), f.pending.size()));
            case Instr.PopBlock p -> f.blocks.pop();
            case Instr.Match m -> {
                if (PythonExceptions.catches(m.kind(), f.handling)) {
                    f.handling = null;
                    f.pc = m.to();
                }
            }
            case Instr.Reraise r -> {
                Throwable t = f.handling;
                f.handling = null;
                return raise(t);
            }
            case Instr.PushNormal p -> f.pending.add(new Pending(null, false, null));
            case Instr.EndFinally e -> {
                Pending p = f.pending.remove(f.pending.size() - 1);
                if (p.error() != null) {
                    return raise(p.error());
                }
                if (p.returning()) {
                    return ret(p.value());
                }
            }
            case Instr.Raise r -> {
                return raise(PythonExceptions.create(r.kind()));
            }
            case Instr.Return r -> {
                return ret(Expr.eval(r.value(), f.locals));
            }
            case Instr.Call c -> {
                Object a = Expr.eval(c.argument(), f.locals);
                f.target = c.target();
                if (c.delegate()) {
                    return Step.delegate(backend.apply(new CompiledMachine(code, log, backend, c.function(), a)));
                }
                frames.push(new Frame(c.function(), a));
            }
        }
        return null;
    }

    /** Raises {@code t} in the innermost frame: to its innermost block, else out of the frame. */
    private Step<Object, Object> raise(Throwable t) {
        Throwable error = t;
        Frame f = frames.peek();
        f.target = null;
        while (true) {
            Block b = f.blocks.poll();
            if (b != null) {
                f.truncatePending(b.pendingDepth());
                if (b.isFinally()) {
                    f.pending.add(new Pending(error, false, null));
                } else {
                    f.handling = error;
                }
                f.pc = b.handler();
                return null;
            }
            frames.pop();
            if (frames.isEmpty()) {
                return Step.raise(error);
            }
            if (error instanceof CoroutineExhaustedException leaked) {
                error = new ExhaustionLeakedException(leaked); // PEP 479 at the helper's own frame
            }
            f = frames.peek();
            f.target = null;
        }
    }

    /** Returns {@code value} from the innermost frame, through its finally blocks first. */
    private Step<Object, Object> ret(Object value) {
        Frame f = frames.peek();
        Block b;
        while ((b = f.blocks.poll()) != null) {
            f.truncatePending(b.pendingDepth());
            if (b.isFinally()) {
                f.pending.add(new Pending(null, true, value));
                f.pc = b.handler();
                return null;
            }
        }
        frames.pop();
        if (frames.isEmpty()) {
            return Step.done(value);
        }
        store(value);
        return null;
    }
}

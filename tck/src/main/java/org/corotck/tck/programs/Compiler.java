package org.corotck.tck.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers a program to {@link Code}, the way a compiler lowers a generator to a state machine: loops
 * and ifs become jumps, try statements become block set-ups, finally code is entered with a pending
 * completion. {@link CompiledMachine} runs the result.
 */
public final class Compiler {
    private final List<Instr> out = new ArrayList<>();
    private int counters;

    private Compiler() {}

    public static Code compile(Program program) {
        List<List<Instr>> functions = new ArrayList<>();
        int[] counters = new int[program.functions().size()];
        for (int f = 0; f < counters.length; f++) {
            Compiler c = new Compiler();
            c.block(program.function(f));
            c.emit(new Instr.Return(new Expr.Const(null)));
            functions.add(c.out);
            counters[f] = c.counters;
        }
        return new Code(functions, counters);
    }

    private int emit(Instr i) {
        out.add(i);
        return out.size() - 1;
    }

    private int here() {
        return out.size();
    }

    private void block(List<Stmt> stmts) {
        stmts.forEach(this::stmt);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Yield y -> emit(new Instr.Yield(y.target(), y.value()));
            case Stmt.Assign a -> emit(new Instr.Assign(a.var(), a.value()));
            case Stmt.Log l -> emit(new Instr.LogValue(l.value()));
            case Stmt.Raise r -> emit(new Instr.Raise(r.kind()));
            case Stmt.Return r -> emit(new Instr.Return(r.value()));
            case Stmt.YieldFrom y -> emit(new Instr.Call(y.target(), y.function(), y.argument(), y.delegate()));
            case Stmt.Loop loop -> {
                int slot = counters++;
                emit(new Instr.LoopInit(slot, loop.times()));
                int top = emit(null);
                block(loop.body());
                emit(new Instr.Jump(top));
                out.set(top, new Instr.LoopNext(slot, here()));
            }
            case Stmt.If branch -> {
                int test = emit(null);
                block(branch.then());
                int skip = emit(null);
                out.set(test, new Instr.JumpUnlessLess(branch.var(), branch.bound(), here()));
                block(branch.otherwise());
                out.set(skip, new Instr.Jump(here()));
            }
            case Stmt.Try t -> tryStatement(t);
        }
    }

    private void tryStatement(Stmt.Try t) {
        if (t.finallyBody() == null) {
            tryExcept(t);
            return;
        }
        int setup = emit(null);
        tryExcept(t);
        emit(new Instr.PopBlock());
        emit(new Instr.PushNormal());
        out.set(setup, new Instr.SetupFinally(here()));
        block(t.finallyBody());
        emit(new Instr.EndFinally());
    }

    private void tryExcept(Stmt.Try t) {
        if (t.catches().isEmpty()) {
            block(t.body());
            return;
        }
        int setup = emit(null);
        block(t.body());
        emit(new Instr.PopBlock());
        List<Integer> toEnd = new ArrayList<>();
        toEnd.add(emit(null));
        out.set(setup, new Instr.SetupExcept(here()));
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < t.catches().size(); i++) {
            matches.add(emit(null));
        }
        emit(new Instr.Reraise());
        for (int i = 0; i < t.catches().size(); i++) {
            Stmt.Catch c = t.catches().get(i);
            out.set(matches.get(i), new Instr.Match(c.kind(), here()));
            block(c.body());
            toEnd.add(emit(null));
        }
        toEnd.forEach(j -> out.set(j, new Instr.Jump(here())));
    }
}

package org.corotck.tck.programs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.corotck.spec.State;

/**
 * Reads the corpus format that spec/corpus/make_corpus.py writes: statements as JSON arrays
 * ({@code ["yield", target, expr]}), expressions as ints, null, variable names or {@code ["+", e, e]},
 * and each step's operation with CPython's outcome, state and log.
 */
final class CorpusJson {
    private CorpusJson() {}

    static CorpusEntry entry(JsonNode node) {
        JsonNode program = node.get("program");
        List<List<Stmt>> functions = new ArrayList<>();
        program.get("functions").forEach(f -> functions.add(block(f)));
        List<String> scripted = new ArrayList<>();
        if (program.has("scripted")) {
            program.get("scripted").forEach(h -> scripted.add(h.asText()));
        }
        List<Observation> steps = new ArrayList<>();
        node.get("steps").forEach(s -> steps.add(step(s)));
        return new CorpusEntry(node.get("id").asInt(), new Program(functions, scripted), steps);
    }

    private static Observation step(JsonNode s) {
        Operation op = switch (s.get("op").asText()) {
            case "next" -> Operation.next();
            case "send" -> Operation.send(value(s.get("value")));
            case "throw" -> Operation.throwInto(s.get("kind").asText());
            case "close" -> Operation.close();
            default -> throw new IllegalArgumentException("unknown operation " + s);
        };
        Outcome outcome;
        if (s.has("yielded")) {
            outcome = Outcome.yielded(value(s.get("yielded")));
        } else if (s.has("returned")) {
            outcome = Outcome.returned(value(s.get("returned")));
        } else if (s.has("closed")) {
            outcome = Outcome.closed(value(s.get("closed")));
        } else {
            String message = s.has("message") ? s.get("message").asText() : null;
            outcome = Outcome.raised(PythonExceptions.javaClass(s.get("raised").asText(), message),
                    s.path("same").asBoolean(false), s.path("causeSame").asBoolean(false));
        }
        List<String> log = new ArrayList<>();
        s.get("log").forEach(v -> log.add(PythonPrinter.value(value(v))));
        return new Observation(op, outcome, State.valueOf(s.get("state").asText()), log);
    }

    private static Long value(JsonNode v) {
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static List<Stmt> block(JsonNode stmts) {
        List<Stmt> out = new ArrayList<>();
        stmts.forEach(s -> out.add(stmt(s)));
        return out;
    }

    private static Stmt stmt(JsonNode s) {
        return switch (s.get(0).asText()) {
            case "yield" -> new Stmt.Yield(target(s.get(1)), expr(s.get(2)));
            case "assign" -> new Stmt.Assign(slot(s.get(1)), expr(s.get(2)));
            case "log" -> new Stmt.Log(expr(s.get(1)));
            case "raise" -> new Stmt.Raise(s.get(1).asText());
            case "return" -> new Stmt.Return(expr(s.get(1)));
            case "yieldfrom" -> new Stmt.YieldFrom(target(s.get(1)), s.get(2).asInt(), expr(s.get(3)), s.get(4).asBoolean());
            case "if" -> new Stmt.If(slot(s.get(1)), s.get(2).asLong(), block(s.get(3)), block(s.get(4)));
            case "loop" -> new Stmt.Loop(s.get(1).asInt(), block(s.get(2)));
            case "try" -> {
                List<Stmt.Catch> catches = new ArrayList<>();
                s.get(2).forEach(c -> catches.add(new Stmt.Catch(c.get(0).asText(), block(c.get(1)))));
                yield new Stmt.Try(block(s.get(1)), catches, s.get(3).isNull() ? null : block(s.get(3)));
            }
            default -> throw new IllegalArgumentException("unknown statement " + s);
        };
    }

    private static Expr expr(JsonNode e) {
        if (e.isNull()) {
            return new Expr.Const(null);
        }
        if (e.isNumber()) {
            return new Expr.Const(e.asLong());
        }
        if (e.isTextual()) {
            return new Expr.Var(slot(e));
        }
        return new Expr.Add(expr(e.get(1)), expr(e.get(2)));
    }

    private static Integer target(JsonNode t) {
        return t.isNull() ? null : slot(t);
    }

    private static int slot(JsonNode name) {
        return switch (name.asText()) {
            case "a" -> 0;
            case "b" -> 1;
            case "c" -> 2;
            default -> throw new IllegalArgumentException("unknown variable " + name);
        };
    }
}

#!/usr/bin/env python3
"""Makes the corotck program corpus: random generator programs, run under CPython, outcomes recorded.

Each line of the output is one JSON object: a program (its functions as ASTs), the operations applied
to it and, after each operation, what CPython did: the value yielded or returned, or the exception
raised; the state inspect.getgeneratorstate reports; the side-effect log entries the step added.
The first line is a header naming the seed, the count and the Python version.

Run it with CPython 3.13, the project's reference (it refuses older versions): every outcome is what
that CPython did, with no emulation. Deterministic: the same seed and count print the same bytes on
the same Python minor version. Standard library only. The Java side (tck, package
org.corotck.tck.programs) reads the ASTs back, so Java never needs to reproduce this generator.

Language restrictions that keep Java's two readings (a helper call run inline on the body's stack, and
a delegation to a separate coroutine) equal to Python's `yield from`: only the main function catches
GeneratorExit/BaseException or yields inside a finally block; no function calls itself; no return in
finally. One kind of targeted program lifts the first restriction for a helper that is only ever
delegated to, never called, which is where the two readings cannot differ.

Besides random programs, about one in eight is targeted at an edge that random programs seldom reach:
a StopIteration leaking on the very first step (PEP 479, SPEC rule 5.4), a close handler that raises
StopIteration, and a delegation whose sub-generator answers GeneratorExit by ignoring it, raising or
returning, under close() and throw(GeneratorExit) (SPEC rules 9.4-9.6).

Usage: PYENV_VERSION=3.13.0 python3 spec/corpus/make_corpus.py --seed 1 --count 5000 [--out FILE] [--sources FILE N]
"""
import argparse
import gzip
import inspect
import io
import json
import random
import sys

VARS = ["a", "b", "c"]
RAISE_KINDS = ["ValueError", "KeyError", "OSError", "StopIteration"]
THROW_KINDS = ["ValueError", "KeyError", "OSError", "StopIteration", "GeneratorExit"]
HELPER_CATCH = ["ValueError", "KeyError", "OSError", "Exception"]
MAIN_CATCH = HELPER_CATCH + ["GeneratorExit", "BaseException"]
SENT = [None, 0, 1, 2, 5, -1]
SCRIPTED_HANDLERS = ["NONE", "CATCH_EXCEPTION_YIELD", "CATCH_EXCEPTION_RETURN", "CATCH_ALL_RETURN", "CATCH_ALL_YIELD"]
FORMAT = 1


# ---------------------------------------------------------------- generating programs

class ProgramMaker:
    """Random ASTs. Statements are JSON arrays; expressions are ints, null, a variable name or ["+", e, e]."""

    def __init__(self, rng):
        self.rng = rng

    def program(self):
        r = self.rng.randrange(80)
        if r < 8:
            return self.scripted()
        if r < 18:
            return self.targeted()
        count = self.rng.choice([1, 1, 2, 2, 3])
        functions = [self.block(index, count, depth=0, in_finally=False) for index in range(count)]
        return {"functions": functions}

    def scripted(self):
        """The shape of the TCK's ScriptedProgram, so its ReferenceModel can be checked against CPython."""
        handlers = [self.rng.choice(SCRIPTED_HANDLERS) for _ in range(self.rng.randrange(5))]
        body = []
        for point, handler in enumerate(handlers):
            value = ["+", "a", 10 * point]
            catch_kind = "Exception" if "EXCEPTION" in handler else "BaseException"
            if handler == "NONE":
                body.append(["yield", "a", value])
            elif handler.endswith("YIELD"):
                body.append(["try", [["yield", "a", value]], [[catch_kind, [["yield", "a", 100 + point]]]], None])
            else:
                body.append(["try", [["yield", "a", value]], [[catch_kind, [["return", 200 + point]]]], None])
        body.append(["return", ["+", "a", 1000]])
        main = [["try", body, [], [["log", 0]]]]
        return {"functions": [main], "scripted": handlers}

    def targeted(self):
        """A program aimed at one edge; its operations are drawn by targeted_operation."""
        kind = self.rng.choice(["first-step-leak", "close-raises-stopiteration", "delegation-exit"])
        if kind == "first-step-leak":
            return self.first_step_leak()
        if kind == "close-raises-stopiteration":
            return self.close_raises_stopiteration()
        return self.delegation_exit()

    def first_step_leak(self):
        """StopIteration on the first step: in main itself, or in a helper it calls or delegates to first."""
        rng = self.rng
        leak = ["if", "a", rng.randrange(1, 4), [["raise", "StopIteration"]], []]
        rest = self.block(0, 1, depth=0, in_finally=False)
        if rng.random() < 0.5:
            main = [["try", [leak] + rest, [], [["log", 0]]]] if rng.random() < 0.5 else [leak] + rest
            return {"functions": [main], "targeted": "first-step-leak"}
        helper = [leak, ["yield", None, 7]]
        main = [["log", 1], ["yieldfrom", "b", 1, self.expr(), rng.random() < 0.5]] + rest[:2]
        return {"functions": [main, helper], "targeted": "first-step-leak"}

    def close_raises_stopiteration(self):
        """A handler of GeneratorExit in main that raises StopIteration (close() then raises RuntimeError)."""
        rng = self.rng
        handler = [["log", 2], ["raise", "StopIteration"]]
        catch = rng.choice(["GeneratorExit", "BaseException"])
        body = [["yield", "a", 1], ["yield", "a", ["+", "a", 2]]]
        final = [["log", 3]] if rng.random() < 0.5 else None
        main = [["assign", "b", 1], ["try", body, [[catch, handler]], final], ["return", "a"]]
        return {"functions": [main], "targeted": "close-raises-stopiteration"}

    def delegation_exit(self):
        """main delegates to a helper that catches GeneratorExit and ignores it, raises or returns."""
        rng = self.rng
        answer = rng.choice(["ignore", "raise", "stopiteration", "return"])
        if answer == "ignore":
            handler = [["log", 10], ["yield", None, 11]]
        elif answer == "raise":
            handler = [["log", 10], ["raise", "KeyError"]]
        elif answer == "stopiteration":
            handler = [["log", 10], ["raise", "StopIteration"]]
        else:
            handler = [["log", 10], ["return", 12]]
        helper_body = [["yield", "b", ["+", "a", 1]], ["yield", "b", ["+", "b", 2]]]
        helper = [["try", helper_body, [["GeneratorExit", handler]], [["log", 13]] if rng.random() < 0.5 else None],
                  ["return", "b"]]
        delegation = ["yieldfrom", "c", 1, rng.randrange(0, 5), True]
        catches = []
        if rng.random() < 0.6:
            on_failure = rng.choice([[["log", 20], ["yield", None, 21]], [["log", 20], ["return", 22]], [["log", 20]]])
            catches.append([rng.choice(["Exception", "BaseException", "KeyError"]), on_failure])
        main = [["try", [delegation, ["yield", None, ["+", "c", 30]]], catches, [["log", 40]] if not catches or rng.random() < 0.5 else None],
                ["return", "c"]]
        return {"functions": [main, helper], "targeted": "delegation-exit"}

    def expr(self):
        r = self.rng.randrange(5)
        if r == 0:
            return self.rng.randrange(-3, 10)
        if r == 1:
            return None
        if r == 2:
            return self.rng.choice(VARS)
        return ["+", self.rng.choice(VARS), self.rng.randrange(1, 10)]

    def block(self, fn, count, depth, in_finally):
        size = self.rng.randint(2, 5) if depth == 0 else self.rng.randint(1, 3)
        return [self.stmt(fn, count, depth, in_finally) for _ in range(size)]

    def stmt(self, fn, count, depth, in_finally):
        rng = self.rng
        main = fn == 0
        kinds = ["assign", "log", "log", "if"]
        if main or not in_finally:
            kinds += ["yield"] * 5
            if fn + 1 < count:
                kinds += ["yieldfrom"] * (3 if main else 1)
        if depth < 2:
            kinds += ["loop", "try", "try", "try"]
        if depth > 0:
            kinds += ["raise"] + ([] if in_finally else ["return"])
        kind = rng.choice(kinds)
        if kind == "yield":
            return ["yield", rng.choice([None] + VARS), self.expr()]
        if kind == "assign":
            return ["assign", rng.choice(VARS), self.expr()]
        if kind == "log":
            return ["log", self.expr()]
        if kind == "raise":
            return ["raise", rng.choice(RAISE_KINDS)]
        if kind == "return":
            return ["return", self.expr()]
        if kind == "yieldfrom":
            callee = rng.randrange(fn + 1, count)
            return ["yieldfrom", rng.choice([None] + VARS), callee, self.expr(), rng.random() < 0.5]
        if kind == "if":
            then = self.block(fn, count, depth + 1, in_finally)
            otherwise = self.block(fn, count, depth + 1, in_finally) if rng.random() < 0.5 else []
            return ["if", rng.choice(VARS), rng.randrange(0, 6), then, otherwise]
        if kind == "loop":
            return ["loop", rng.randint(1, 3), self.block(fn, count, depth + 1, in_finally)]
        body = self.block(fn, count, depth + 1, in_finally)
        catches = []
        for _ in range(rng.choice([0, 1, 1, 2])):
            kinds = MAIN_CATCH if main else HELPER_CATCH
            catches.append([rng.choice(kinds), self.block(fn, count, depth + 1, in_finally)])
        final = self.block(fn, count, depth + 1, True) if (not catches or rng.random() < 0.5) else None
        return ["try", body, catches, final]

    def operation(self, state):
        """The next operation; on a CREATED generator a send is mostly None, so that most programs start."""
        rng = self.rng
        r = rng.randrange(12)
        if r < 5:
            return {"op": "next"}
        if r < 8:
            return {"op": "send", "value": None if state == inspect.GEN_CREATED and r < 7 else rng.choice(SENT)}
        if r < 11:
            return {"op": "throw", "kind": rng.choice(THROW_KINDS)}
        return {"op": "close"}

    def targeted_operation(self, state):
        """For targeted programs: start them, then lean towards close() and throw(GeneratorExit)."""
        rng = self.rng
        if state == inspect.GEN_CREATED:
            return {"op": "next"} if rng.random() < 0.8 else self.operation(state)
        r = rng.randrange(10)
        if r < 2:
            return {"op": "next"}
        if r < 3:
            return {"op": "send", "value": rng.choice(SENT)}
        if r < 6:
            return {"op": "throw", "kind": "GeneratorExit"}
        if r < 7:
            return {"op": "throw", "kind": rng.choice(THROW_KINDS)}
        return {"op": "close"}


# ---------------------------------------------------------------- printing programs as Python

def expr_source(e):
    if e is None:
        return "None"
    if isinstance(e, bool):
        raise ValueError(e)
    if isinstance(e, int):
        return str(e)
    if isinstance(e, str):
        return e
    return "(_v(%s) + _v(%s))" % (expr_source(e[1]), expr_source(e[2]))


def block_source(stmts, indent, out):
    if not stmts:
        out.append(indent + "pass")
    for s in stmts:
        stmt_source(s, indent, out)


def stmt_source(s, indent, out):
    kind = s[0]
    target = lambda t: "" if t is None else t + " = "
    if kind == "yield":
        out.append(indent + "%s(yield %s)" % (target(s[1]), expr_source(s[2])))
    elif kind == "assign":
        out.append(indent + "%s = %s" % (s[1], expr_source(s[2])))
    elif kind == "log":
        out.append(indent + "LOG.append(%s)" % expr_source(s[1]))
    elif kind == "raise":
        out.append(indent + "raise %s()" % s[1])
    elif kind == "return":
        out.append(indent + "return %s" % expr_source(s[1]))
    elif kind == "yieldfrom":
        how = "delegate" if s[4] else "call"
        out.append(indent + "%syield from f%d(%s)  # %s" % (target(s[1]), s[2], expr_source(s[3]), how))
    elif kind == "if":
        out.append(indent + "if _v(%s) < %d:" % (s[1], s[2]))
        block_source(s[3], indent + "    ", out)
        if s[4]:
            out.append(indent + "else:")
            block_source(s[4], indent + "    ", out)
    elif kind == "loop":
        out.append(indent + "for _ in range(%d):" % s[1])
        block_source(s[2], indent + "    ", out)
    elif kind == "try":
        out.append(indent + "try:")
        block_source(s[1], indent + "    ", out)
        for catch_kind, handler in s[2]:
            out.append(indent + "except %s:" % catch_kind)
            block_source(handler, indent + "    ", out)
        if s[3] is not None:
            out.append(indent + "finally:")
            block_source(s[3], indent + "    ", out)
    else:
        raise ValueError(kind)


def program_source(program):
    """Python 3 source: f0 is the generator function the operations drive; f1, f2 are its helpers."""
    out = []
    for index, body in enumerate(program["functions"]):
        out.append("def f%d(%s):" % (index, "" if index == 0 else "a"))
        out.append("    " + ("a = b = c = 0" if index == 0 else "b = c = 0"))
        out.append("    if False:")
        out.append("        yield")
        block_source(body, "    ", out)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- running under CPython

def _v(x):
    return 0 if x is None else x


def keeping(function, kept):
    """The generator function, each generator it makes also kept in `kept`."""
    def make_and_keep(*args):
        generator = function(*args)
        kept.append(generator)
        return generator
    return make_and_keep


def run_program(program, maker, steps):
    """Runs the operations; the identity of a thrown-in exception and the raised one is recorded too.

    Every helper generator is kept alive until the run ends. Otherwise CPython would finalize a
    sub-generator that ignored GeneratorExit the moment its delegator drops it, by reference counting,
    and its finally blocks would run in the middle of a recorded step: an effect of CPython's memory
    management that Java can only have after a garbage collection (SPEC section 10), not part of a step.
    """
    namespace = {"LOG": [], "_v": _v}
    exec(compile(program_source(program), "<program>", "exec"), namespace)
    kept = []
    for index in range(1, len(program["functions"])):
        namespace["f%d" % index] = keeping(namespace["f%d" % index], kept)
    gen = namespace["f0"]()
    log = namespace["LOG"]
    recorded = []
    choose = maker.targeted_operation if "targeted" in program else maker.operation
    for _ in range(steps):
        op = choose(inspect.getgeneratorstate(gen))
        before = len(log)
        step = dict(op)
        error = getattr(__import__("builtins"), op["kind"])() if op["op"] == "throw" else None
        try:
            if op["op"] == "next":
                step["yielded"] = next(gen)
            elif op["op"] == "send":
                step["yielded"] = gen.send(op["value"])
            elif op["op"] == "close":
                step["closed"] = gen.close()
            else:
                step["yielded"] = gen.throw(error)
        except BaseException as e:  # noqa: B036 - GeneratorExit is an outcome like any other
            if error is not None and e is error:
                step["raised"] = type(e).__name__
                step["same"] = True
            elif isinstance(e, StopIteration):
                step["returned"] = e.value
            else:
                step["raised"] = type(e).__name__
                if str(e):
                    step["message"] = str(e)
                if error is not None and e.__cause__ is error:
                    step["causeSame"] = True
        step["state"] = inspect.getgeneratorstate(gen)[4:]
        step["log"] = log[before:]
        recorded.append(step)
    for generator in [gen] + kept:
        for _ in range(10000):
            if inspect.getgeneratorstate(generator) == inspect.GEN_CLOSED:
                break
            try:
                generator.close()
            except BaseException:  # noqa: B036 - only ending the generator matters here
                pass
    return recorded


def make(seed, count):
    """The corpus as text: a header line, then one line per program."""
    if sys.version_info[:2] < (3, 13):
        sys.exit("make_corpus.py records CPython 3.13's behaviour and needs CPython 3.13 or newer, not %d.%d;"
                 " run it as PYENV_VERSION=3.13.0 python3 ..." % sys.version_info[:2])
    # Generators left suspended (a sub-generator that ignored GeneratorExit) are finalized when dropped,
    # and their errors go to the unraisable hook: outcomes nobody records, so keep them off stderr.
    sys.unraisablehook = lambda unraisable: None
    rng = random.Random(seed)
    maker = ProgramMaker(rng)
    version = "%d.%d.%d" % sys.version_info[:3]
    lines = [json.dumps({"corpus": "corotck programs", "format": FORMAT, "seed": seed, "count": count,
                         "python": version}, sort_keys=True, separators=(",", ":"))]
    for index in range(count):
        program = maker.program()
        steps = run_program(program, maker, rng.randint(1, 8))
        entry = {"id": index, "program": program, "steps": steps}
        lines.append(json.dumps(entry, sort_keys=True, separators=(",", ":")))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--out", default="-", help="a .gz path, or - for plain text on stdout")
    parser.add_argument("--sources", nargs=2, metavar=("FILE", "N"),
                        help="also write the Python source of the first N programs, for the Java printer's test")
    args = parser.parse_args()
    text = make(args.seed, args.count)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(text.encode("utf-8"))
    if args.sources:
        path, n = args.sources[0], int(args.sources[1])
        programs = [json.loads(line)["program"] for line in text.splitlines()[1:n + 1]]
        with io.open(path, "w", encoding="utf-8", newline="\n") as f:
            for index, program in enumerate(programs):
                f.write("# program %d\n" % index)
                f.write(program_source(program))


if __name__ == "__main__":
    main()

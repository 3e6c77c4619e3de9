#!/usr/bin/env python3
"""Checks, on the running CPython, every observation that SPEC.md marks "3.13.0" (its CPython column and its notes).

Each check runs a small generator and compares what CPython does with what SPEC.md says it does; the
script prints one line per check and exits 1 if any differs. Standard library only.

Usage: PYENV_VERSION=3.13.0 python3 spec/cpython/check_edges.py
"""
import gc
import inspect
import sys

FAILED = []


def check(rule, what, actual, expected):
    ok = actual == expected
    print("%-4s %-5s %s: %r" % ("ok" if ok else "FAIL", rule, what, actual))
    if not ok:
        FAILED.append("%s %s: expected %r, got %r" % (rule, what, expected, actual))


def outcome(call):
    try:
        return ("returned", call())
    except BaseException as e:  # noqa: B036 - every outcome is data here
        return ("raised", type(e).__name__, str(e))


def state(g):
    return inspect.getgeneratorstate(g)[4:]


class Failing:
    """A `with` resource whose __exit__ raises KeyError('resource failed')."""
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError("resource failed")


def rule_5_4():
    def g():
        raise StopIteration(3)
        yield  # noqa: unreachable - makes g a generator
    gen = g()
    try:
        next(gen)
    except RuntimeError as e:
        check("5.4", "first next() of a body raising StopIteration(3)", (str(e), repr(e.__cause__)),
              ("generator raised StopIteration", "StopIteration(3)"))


def rule_7_5():
    class MyExit(GeneratorExit):
        pass

    def g(kind):
        try:
            yield 1
        except GeneratorExit:
            raise kind()
    for kind in (GeneratorExit, MyExit):
        gen = g(kind)
        next(gen)
        check("7.5", "close(), the body raises a fresh " + kind.__name__, (outcome(gen.close), state(gen)),
              (("returned", None), "CLOSED"))
    seen = []

    def twice():
        while True:
            try:
                yield 1
            except GeneratorExit as e:
                seen.append(e)
                if len(seen) == 2:
                    return
    gen = twice()
    next(gen)
    outcome(gen.close)
    gen.close()
    check("7.5", "two close() calls raise two GeneratorExit instances", seen[0] is not seen[1], True)


def rule_7_10():
    def g():
        with Failing():
            yield 1
    gen = g()
    next(gen)
    check("7.10", "close() with a `with` whose __exit__ raises", (outcome(gen.close), state(gen)),
          (("raised", "KeyError", "'resource failed'"), "CLOSED"))

    class Exiting:
        """A `with` resource whose __exit__ raises a GeneratorExit of its own."""
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            raise GeneratorExit("from __exit__")

    def exiting():
        with Exiting():
            yield 1
    gen = exiting()
    next(gen)
    check("7.10", "close() with a `with` whose __exit__ raises GeneratorExit", (outcome(gen.close), state(gen)),
          (("returned", None), "CLOSED"))
    gen = exiting()
    next(gen)
    check("6.7", "throw(GeneratorExit()) with a `with` whose __exit__ raises GeneratorExit",
          (outcome(lambda: gen.throw(GeneratorExit())), state(gen)), (("raised", "GeneratorExit", "from __exit__"), "CLOSED"))

    def failing_around_exiting():
        with Failing():
            with Exiting():
                yield 1
    gen = failing_around_exiting()
    next(gen)
    check("7.10", "close(), that `with` inside one whose __exit__ raises KeyError", (outcome(gen.close), state(gen)),
          (("raised", "KeyError", "'resource failed'"), "CLOSED"))

    def exiting_around_failing():
        with Exiting():
            with Failing():
                yield 1
    gen = exiting_around_failing()
    next(gen)
    check("7.10", "close(), a `with` whose __exit__ raises KeyError inside the GeneratorExit one (the outer wins; "
          "SPEC keeps the first failure)", (outcome(gen.close), state(gen)), (("returned", None), "CLOSED"))


def rule_6_7_and_9_5():
    def g():
        with Failing():
            yield 1
    gen = g()
    next(gen)
    check("6.7", "throw(GeneratorExit()) with a `with` whose __exit__ raises", (outcome(lambda: gen.throw(GeneratorExit())), state(gen)),
          (("raised", "KeyError", "'resource failed'"), "CLOSED"))

    def sub():
        yield "s1"

    def around(s):
        with Failing():
            yield from s
    inner = sub()
    gen = around(inner)
    next(gen)
    check("9.5", "throw(GeneratorExit()) into `with cm: yield from sub()`, __exit__ raising",
          (outcome(lambda: gen.throw(GeneratorExit())), state(gen), state(inner)),
          (("raised", "KeyError", "'resource failed'"), "CLOSED", "CLOSED"))


def own_exit_through_a_failing_with():
    """SPEC.md's note beside the mapping table: CPython's `with` replaces even a GeneratorExit the body raises."""
    def g():
        with Failing():
            yield 1
            raise GeneratorExit
    gen = g()
    next(gen)
    check("note", "send(), the body raises GeneratorExit in a `with` whose __exit__ raises",
          (outcome(lambda: gen.send(None)), state(gen)), (("raised", "KeyError", "'resource failed'"), "CLOSED"))

    def around(s):
        return (yield from s)
    inner = g()
    gen = around(inner)
    next(gen)
    check("note", "the same through `yield from` (rule 9.7's form)",
          (outcome(lambda: gen.send(None)), state(gen), state(inner)),
          (("raised", "KeyError", "'resource failed'"), "CLOSED", "CLOSED"))


def ending_delegator(sub, log):
    r = yield from sub
    log.append(r)
    yield "after"


def rule_9_2():
    def sub():
        yield "s1"
    inner = sub()
    log = []
    gen = ending_delegator(inner, log)
    next(gen)
    inner.close()
    check("9.2", "throw(StopIteration(7)) to a delegator whose sub was closed directly",
          (outcome(lambda: gen.throw(StopIteration(7))), log, state(gen)), (("returned", "after"), [7], "SUSPENDED"))


def delegator(sub, log, handling="rethrow"):
    try:
        yield from sub
    except BaseException as e:  # noqa: B036
        log.append("delegator saw " + type(e).__name__)
        if handling == "return":
            return "delegator value"
        if handling == "yield":
            yield "delegator yields"
            return
        raise


def sub_on_exit(answer, log):
    try:
        yield "s1"
    except GeneratorExit:
        log.append("sub got the close request")
        if answer == "return":
            return "sub value"
        if answer == "ignore":
            yield "sub ignores"
            return
        raise KeyError("sub failed")


def rules_9_4_to_9_6(keep):
    log = []
    gen = delegator(sub_on_exit("return", log), log)
    next(gen)
    check("9.4", "close() of a delegator whose sub returns a value while closing", (outcome(gen.close), log),
          (("returned", None), ["sub got the close request", "delegator saw GeneratorExit"]))
    for answer, expected in (("ignore", ("RuntimeError", "generator ignored GeneratorExit")), ("raise", ("KeyError", "'sub failed'"))):
        log = []
        sub = sub_on_exit(answer, log)
        keep.append(sub)  # no finalization by reference counting in the middle of the check
        gen = delegator(sub, log)
        next(gen)
        thrown = GeneratorExit()
        try:
            gen.throw(thrown)
            got = None
        except BaseException as e:  # noqa: B036
            got = (type(e).__name__, str(e), e is thrown)
        check("9.5", "throw(GeneratorExit) into a delegator whose sub answers " + answer, got, expected + (False,))
    for handling, expected in (("return", (("returned", "delegator value"), "CLOSED")),
                               ("yield", (("raised", "RuntimeError", "generator ignored GeneratorExit"), "SUSPENDED"))):
        log = []
        sub = sub_on_exit("ignore", log)
        keep.append(sub)
        gen = delegator(sub, log, handling)
        next(gen)
        check("9.6", "close(), sub ignores, the delegator catches and does " + handling, (outcome(gen.close), state(gen)), expected)


def rule_9_4_exhausted_by_close():
    class ExhaustedByClose:
        """A foreign sub whose close() raises StopIteration(7), as the TCK's ExhaustedByClose throws."""
        def __iter__(self):
            return self

        def __next__(self):
            return "s1"

        def send(self, value):
            return "s1"

        def throw(self, *exc):
            raise exc[0]

        def close(self):
            raise StopIteration(7)

    def delegator(log):
        r = yield from ExhaustedByClose()
        log.append("after yield from %s" % r)
        return (yield "after")
    log = []
    gen = delegator(log)
    next(gen)
    check("9.4", "close(), the foreign sub's close() raising StopIteration(7)", (outcome(gen.close), log, state(gen)),
          (("raised", "RuntimeError", "generator ignored GeneratorExit"), ["after yield from 7"], "SUSPENDED"))
    log = []
    gen = delegator(log)
    next(gen)
    check("9.5", "throw(GeneratorExit()), the foreign sub's close() raising StopIteration(7)",
          (outcome(lambda: gen.throw(GeneratorExit())), log), (("returned", "after"), ["after yield from 7"]))

    reports = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda u: reports.append(type(u.exc_value).__name__)
    try:
        def abandoned(log):
            try:
                log.append("after yield from %s" % (yield from ExhaustedByClose()))
                return "delegator ended"
            finally:
                log.append("finally")
        log = []
        gen = abandoned(log)
        next(gen)
        del gen
        gc.collect()
        check("10.1", "an abandoned delegator whose foreign sub's close() raises StopIteration(7)", (log, reports),
              (["after yield from 7", "finally"], []))
    finally:
        sys.unraisablehook = previous

def rule_9_11():
    def catching(target):
        try:
            yield from target()
        except ValueError as e:
            yield "caught " + str(e)
    me = None
    gen = catching(lambda: me)
    me = gen
    check("9.11", "yield from itself", outcome(lambda: next(gen)), ("returned", "caught generator already executing"))
    outer = None
    inner = catching(lambda: outer)
    outer = catching(lambda: inner)
    check("9.11", "yield from the generator driving it", outcome(lambda: next(outer)), ("returned", "caught generator already executing"))
    log = []
    top = None

    def directly_driven():
        yield "ready"
        try:
            next(top)
        except ValueError as e:
            yield "caught " + str(e) + ", top " + state(top)

    def delegating(to):
        try:
            yield from to
        finally:
            log.append("top finally")
    sub = directly_driven()
    top = delegating(sub)
    next(top)
    check("9.11", "next(top) from the body of the generator top delegates to, driven directly",
          (outcome(lambda: next(sub)), log, state(sub)),
          (("returned", "caught generator already executing, top CLOSED"), ["top finally"], "SUSPENDED"))


def rules_2_2_and_9_10():
    def coroutine(func):
        def primer(*args, **kwargs):
            gen = func(*args, **kwargs)
            next(gen)
            return gen
        return primer

    @coroutine
    def returns_at_once():
        return "early"
        yield
    check("2.2", "the notebook's @coroutine on a generator returning before its first yield", outcome(returns_at_once),
          ("raised", "StopIteration", "early"))

    def sub():
        yield "s1"
        return "r"

    def delegating(to):
        return "delegation gave %r" % ((yield from to),)
    for end in ("send", "close"):
        s = sub()
        t = delegating(s)
        next(t)
        ended = outcome(lambda: s.send("direct")) if end == "send" else outcome(s.close)
        check("9.10", "the delegator resumed after a direct %s ended its sub" % end, (ended, outcome(lambda: t.send("x"))),
              (("raised", "StopIteration", "r") if end == "send" else ("returned", None),
               ("raised", "StopIteration", "delegation gave None")))


def rule_9_8_under_close_and_throw():
    for how in ("close", "throw"):
        log = []
        top = None

        def sub():
            try:
                yield "s1"
            except (GeneratorExit, KeyError):
                log.append("delegator " + state(top))
                try:
                    next(top)
                    log.append("next: it ran")
                except ValueError as e:
                    log.append("next: " + str(e))
                raise

        def delegating(to):
            yield from to
        top = delegating(sub())
        next(top)
        outcome(top.close) if how == "close" else outcome(lambda: top.throw(KeyError()))
        check("9.8", "a sub's handler under top.%s()" % how, log, ["delegator RUNNING", "next: generator already executing"])


def rule_9_1_started_sub():
    def started():
        got = yield "first"
        return "got %r" % (got,)

    def delegating(to):
        return "delegation gave " + (yield from to)
    sub = started()
    next(sub)
    gen = delegating(sub)
    check("9.1", "yield from a primed generator", (outcome(lambda: next(gen)), state(sub)),
          (("raised", "StopIteration", "delegation gave got None"), "CLOSED"))

    def averager():
        total = 0.0
        count = 0
        average = None
        while True:
            term = yield average
            total += term
            count += 1
            average = total / count
    avg = averager()
    next(avg)
    grouper = delegating(avg)
    check("9.1", "yield from the notebook's primed averager", (outcome(lambda: next(grouper))[:2], state(avg), state(grouper)),
          (("raised", "TypeError"), "CLOSED", "CLOSED"))


def rule_9_12():
    log = []
    it = iter([1, 2, 3])
    gen = delegator(it, log, "yield")
    next(gen)
    check("9.12", "send(5) while delegating to a list iterator", (outcome(lambda: gen.send(5)), log, next(it)),
          (("returned", "delegator yields"), ["delegator saw AttributeError"], 2))
    log = []
    it = iter([1, 2, 3])
    gen = delegator(it, log, "yield")
    next(gen)
    check("9.12", "throw(KeyError) while delegating to a list iterator", (outcome(lambda: gen.throw(KeyError())), log, next(it)),
          (("returned", "delegator yields"), ["delegator saw KeyError"], 2))
    log = []
    it = iter([1, 2, 3])
    gen = delegator(it, log)
    next(gen)
    check("9.12", "close() while delegating to a list iterator", (outcome(gen.close), log, next(it)),
          (("returned", None), ["delegator saw GeneratorExit"], 2))
    log = []
    it = iter([1, 2, 3])
    gen = ending_delegator(it, log)
    next(gen)
    check("9.12", "throw(StopIteration(7)) while delegating to a list iterator",
          (outcome(lambda: gen.throw(StopIteration(7))), log, next(it), state(gen)), (("returned", "after"), [7], 2, "SUSPENDED"))


def rule_9_13():
    finallies = []

    def chain(level):
        try:
            if level == 0:
                sent = yield "innermost ready"
                while sent != "return":
                    sent = yield "innermost got " + sent
                return "innermost returned"
            return (yield from chain(level - 1))
        finally:
            finallies.append(level)

    def returned(call):
        try:
            call()
        except StopIteration as e:
            return e.value

    limit = sys.getrecursionlimit()
    check("9.13", "the default recursion limit", limit, 1000)
    check("9.13", "first next() of a chain 1,000 deep under it", outcome(lambda: next(chain(1000)))[:2],
          ("raised", "RecursionError"))
    gc.collect()
    finallies.clear()
    sys.setrecursionlimit(30000)
    try:
        top = chain(10000)
        check("9.13", "a chain 10,000 deep: next, send, the innermost's return",
              (next(top), top.send("a"), returned(lambda: top.send("return")), len(finallies), finallies[0]),
              ("innermost ready", "innermost got a", "innermost returned", 10001, 0))
        finallies.clear()
        top = chain(10000)
        next(top)
        check("9.13", "close() of a chain 10,000 deep", (outcome(top.close), len(finallies), finallies[0], state(top)),
              (("returned", None), 10001, 0, "CLOSED"))
        finallies.clear()
        top = chain(10000)
        next(top)
        check("9.13", "throw(KeyError) into a chain 10,000 deep", (outcome(lambda: top.throw(KeyError("k")))[:2], len(finallies)),
              (("raised", "KeyError"), 10001))
        finallies.clear()
        reports = []
        previous = sys.unraisablehook
        sys.unraisablehook = lambda u: reports.append(type(u.exc_value).__name__)
        try:
            top = chain(10000)
            next(top)
            del top
            gc.collect()
        finally:
            sys.unraisablehook = previous
        check("10.1", "an abandoned chain 10,000 deep", (len(finallies), len(set(finallies)), reports), (10001, 10001, []))
    finally:
        sys.setrecursionlimit(limit)


def rules_10_3_and_10_5():
    reports = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda u: reports.append((type(u.exc_value).__name__, str(u.exc_value)))
    try:
        log = []

        def ignoring():
            try:
                while True:
                    try:
                        yield 1
                        log.append("resumed")
                    except GeneratorExit:
                        log.append("caught")
            finally:
                log.append("outer finally")
        gen = ignoring()
        next(gen)
        del gen
        gc.collect()
        check("10.3", "an abandoned generator ignoring GeneratorExit in a loop", (log, reports),
              (["caught"], [("RuntimeError", "generator ignored GeneratorExit")]))
        reports.clear()

        def raising_finally():
            try:
                yield 1
            finally:
                raise KeyError("from finally")
        gen = raising_finally()
        next(gen)
        del gen
        gc.collect()
        check("10.5", "an abandoned generator whose finally raises", reports, [("KeyError", "'from finally'")])
        reports.clear()

        def leaking():
            try:
                yield 1
            except GeneratorExit:
                raise StopIteration
        gen = leaking()
        next(gen)
        del gen
        gc.collect()
        check("10.5", "an abandoned generator whose close handler raises StopIteration", reports,
              [("RuntimeError", "generator raised StopIteration")])
    finally:
        sys.unraisablehook = previous


def rule_12_1():
    def g():
        try:
            me.throw(5)
        except BaseException as e:  # noqa: B036
            yield type(e).__name__
    me = g()
    check("12.1", "throw(5) into itself while running", next(me), "TypeError")


def main():
    print("CPython %d.%d.%d" % sys.version_info[:3])
    keep = []
    for check_rule in (rule_5_4, own_exit_through_a_failing_with, rule_6_7_and_9_5, rule_7_5, rule_7_10, rule_9_2, lambda: rules_9_4_to_9_6(keep), rule_9_4_exhausted_by_close, rule_9_1_started_sub, rules_2_2_and_9_10, rule_9_8_under_close_and_throw, rule_9_11, rule_9_12, rule_9_13,
                       rules_10_3_and_10_5, rule_12_1):
        check_rule()
    if FAILED:
        print("\n".join(["differs from SPEC.md:"] + FAILED))
        sys.exit(1)


if __name__ == "__main__":
    main()

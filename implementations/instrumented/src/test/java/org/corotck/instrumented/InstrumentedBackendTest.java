package org.corotck.instrumented;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corotck.spec.Coroutine;
import org.corotck.spec.CoroutineExhaustedException;
import org.corotck.spec.PinnedYieldException;
import org.corotck.spec.State;
import org.corotck.spec.Yielder;
import org.corotck.spec.spi.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What is particular to backend {@code instrumented}: which yields suspend (every frame transformed, values
 * of every type kept), which are refused with PinnedYieldException at the yield and why, and that the
 * body runs on the caller's thread without starting one. InstrumentedTckTest checks every rule.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InstrumentedBackendTest {
    private final Backend backend = new InstrumentedBackend();

    /** Yields from a helper, with locals and operand stack entries of every kind live across the yield. */
    private static long mixed(Yielder<Object, Object> y, int i, long l, float f, double d, String s, int[] a) {
        boolean z = i > 0;
        char c = 'q';
        long beforeOnTheStack = l * 3;
        // beforeOnTheStack, d and s are on the operand stack below the call while it suspends
        long sum = beforeOnTheStack + (long) (d * ((Number) y.yield("in mixed " + s)).doubleValue());
        return sum + i + (long) f + a[0] + (z ? 1 : 0) + c + s.length();
    }

    @Test
    void valuesOfEveryTypeSurviveASuspension() {
        Coroutine<Object, Object> c = backend.stackful(y -> mixed(y, 7, 1_000_000_000_000L, 2.5f, 0.5, "abc", new int[] {40}));
        assertEquals("in mixed abc", c.next());
        long expected = 3_000_000_000_000L + (long) (0.5 * 10.0) + 7 + 2 + 40 + 1 + 'q' + 3;
        assertEquals(expected, assertThrows(CoroutineExhaustedException.class, () -> c.send(10.0)).value());
    }

    /** An object whose method yields: the restore must call the same receiver again. */
    record Counter(String name) {
        Object count(Yielder<Object, Object> y, int n) {
            List<Object> got = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                got.add(y.yield(name + i));
            }
            return got;
        }
    }

    @Test
    void aYieldingMethodOfAnObjectResumesOnTheSameObject() {
        Coroutine<Object, Object> c = backend.stackful(y -> {
            Counter first = new Counter("a");
            Counter second = new Counter("b");
            return List.of(first.count(y, 2), second.count(y, 1));
        });
        assertEquals("a0", c.next());
        assertEquals("a1", c.send(1));
        assertEquals("b0", c.send(2));
        assertEquals(List.of(List.of(1, 2), List.of(3)), assertThrows(CoroutineExhaustedException.class, () -> c.send(3)).value());
    }

    /** A functional interface that takes the Yielder: its lambdas are resumable wherever they are called from instrumented code. */
    @FunctionalInterface
    interface Step {
        Object run(Yielder<Object, Object> y, int i);
    }

    @Test
    void capturingLambdasThatTakeTheYielderSuspend() {
        String prefix = "p";
        Step step = (y, i) -> y.yield(prefix + i);
        Coroutine<Object, Object> c = backend.stackful(y -> List.of(step.run(y, 1), step.run(y, 2)));
        assertEquals("p1", c.next());
        assertEquals("p2", c.send("x"));
        assertEquals(List.of("x", "z"), assertThrows(CoroutineExhaustedException.class, () -> c.send("z")).value());
    }

    /** A generic interface: a method reference to a method taking an int makes the JDK's lambda class unbox. */
    @FunctionalInterface
    interface Generic<T> {
        Object go(Yielder<Object, Object> y, T t);
    }

    static Object takesAnInt(Yielder<Object, Object> y, int n) {
        return List.of(n, y.yield(n));
    }

    @Test
    void aResumeCallsThroughALambdaClassWithTheSameArguments() {
        Generic<Integer> unboxing = InstrumentedBackendTest::takesAnInt;
        Coroutine<Object, Object> c = backend.stackful(y -> unboxing.go(y, 41));
        assertEquals(41, c.next());
        assertEquals(List.of(41, "x"), assertThrows(CoroutineExhaustedException.class, () -> c.send("x")).value());
    }

    @Test
    void aMethodReferenceToAnotherClassIsABody() {
        Coroutine<Double, Double> avg = backend.stackful(Bodies::averager);
        avg.next();
        assertEquals(10.0, avg.send(10.0));
        assertEquals(15.0, avg.send(20.0));
        avg.close();
        assertEquals(State.CLOSED, avg.state());
    }

    @Test
    void aYieldInsideAForEachLambdaIsPinnedNamingForEach() {
        Coroutine<Object, Object> c = backend.stackful(y -> {
            List<Object> seen = new ArrayList<>();
            new ArrayList<>(List.of(1, 2)).forEach(i -> {
                try {
                    y.yield(i);
                } catch (PinnedYieldException e) {
                    seen.add(e.getMessage());
                }
            });
            return seen;
        });
        List<?> messages = (List<?>) assertThrows(CoroutineExhaustedException.class, c::next).value();
        assertEquals(2, messages.size(), "each yield fails at the yield, caught inside the lambda");
        assertTrue(messages.get(0).toString().contains("from java.util.ArrayList.forEach"), messages.get(0)::toString);
    }

    private final Object lock = new Object();

    @Test
    void aYieldInsideSynchronizedIsPinnedAndTheBodyGoesOn() {
        Coroutine<Object, Object> c = backend.stackful(y -> {
            String message;
            synchronized (lock) {
                try {
                    y.yield("unreached");
                    message = "suspended";
                } catch (PinnedYieldException e) {
                    message = e.getMessage();
                }
            }
            return message + " / then " + y.yield("outside");
        });
        assertEquals("outside", c.next(), "the pinned yield did not suspend");
        Object result = assertThrows(CoroutineExhaustedException.class, () -> c.send("resumed")).value();
        assertTrue(result.toString().contains("synchronized block"), result::toString);
        assertTrue(result.toString().endsWith(" / then resumed"), result::toString);
    }

    private synchronized Object yieldWhileHoldingThis(Yielder<Object, Object> y) {
        return y.yield("unreached");
    }

    @Test
    void aYieldInASynchronizedMethodIsPinned() {
        Coroutine<Object, Object> c = backend.stackful(this::yieldWhileHoldingThis);
        PinnedYieldException e = assertThrows(PinnedYieldException.class, c::next);
        assertTrue(e.getMessage().contains("synchronized method"), e::getMessage);
        assertTrue(e.getMessage().contains("yieldWhileHoldingThis"), e::getMessage);
        assertEquals(State.CLOSED, c.state());
    }

    record Pair(Object first, Object second) {}

    @Test
    void aYieldAmongAConstructorCallsArgumentsIsPinned() {
        Coroutine<Object, Object> c = backend.stackful(y -> new Pair("a", y.yield("unreached")));
        PinnedYieldException e = assertThrows(PinnedYieldException.class, c::next);
        assertTrue(e.getMessage().contains("constructor call"), e::getMessage);
        Coroutine<Object, Object> fixed = backend.stackful(y -> {
            Object second = y.yield("first");
            return new Pair("a", second);
        });
        assertEquals("first", fixed.next());
        assertEquals(new Pair("a", "b"), assertThrows(CoroutineExhaustedException.class, () -> fixed.send("b")).value());
    }

    /** A constructor cannot be re-entered, so it is never made resumable. */
    static final class YieldsInItsConstructor {
        final Object got;

        YieldsInItsConstructor(Yielder<Object, Object> y) {
            got = y.yield("unreached");
        }
    }

    @Test
    void aYieldInAConstructorIsPinnedNamingIt() {
        Coroutine<Object, Object> c = backend.stackful(y -> new YieldsInItsConstructor(y).got);
        PinnedYieldException e = assertThrows(PinnedYieldException.class, c::next);
        assertTrue(e.getMessage().contains("YieldsInItsConstructor.<init>"), e::getMessage);
    }

    /** Instrumented code given a Yielder of another kind runs as plain code: it neither saves nor arms anything. */
    @Test
    void instrumentedHelpersRunPlainWithAnotherYielder() {
        List<Object> yielded = new ArrayList<>();
        Yielder<Object, Object> recording = new Yielder<>() {
            @Override
            public Object yield(Object value) {
                yielded.add(value);
                return "sent " + value;
            }

            @Override
            public Object yieldFrom(Coroutine<? super Object, ?> sub) {
                throw new UnsupportedOperationException();
            }
        };
        assertEquals(List.of("sent a0", "sent a1"), new Counter("a").count(recording, 2));
        assertEquals(List.of("a0", "a1"), yielded);
    }

    @Test
    void runsOnTheCallersThreadAndStartsNone() throws InterruptedException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Coroutine<Object, Object> c = backend.stackful(y -> {
            while (true) {
                y.yield(Thread.currentThread());
            }
        });
        assertSame(Thread.currentThread(), c.next());
        Object[] seen = new Object[2];
        Thread other = new Thread(() -> {
            seen[0] = Thread.currentThread();
            seen[1] = c.send(null);
        });
        other.start();
        other.join(30_000);
        assertSame(seen[0], seen[1]);
        c.close();
        Set<Thread> after = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
        after.removeAll(before);
        after.remove(other);
        assertTrue(after.stream().noneMatch(t -> t.getName().contains("corotck")), after::toString);
    }

    @Test
    void aYieldFromADelegateThatNeverYieldsResumesAtOnce() {
        Coroutine<Object, Object> empty = backend.stackful(y -> "done at once");
        Coroutine<Object, Object> c = backend.stackful(y -> List.of(y.yieldFrom(empty), y.yield("after")));
        assertEquals("after", c.next());
        assertEquals(List.of("done at once", "x"), assertThrows(CoroutineExhaustedException.class, () -> c.send("x")).value());
    }

    @Test
    void aYieldFromNullRaisesInTheBody() {
        Coroutine<Object, Object> c = backend.stackful(y -> {
            try {
                return y.yieldFrom(null);
            } catch (NullPointerException e) {
                return e;
            }
        });
        assertInstanceOf(NullPointerException.class, assertThrows(CoroutineExhaustedException.class, c::next).value());
    }

    @Test
    void stateMachinesNeedNoAgentAndCloseNormally() {
        Coroutine<Object, Object> c = backend.stateMachine(sent -> org.corotck.spec.Step.yield("m"));
        assertEquals("m", c.next());
        assertNull(c.close());
    }
}

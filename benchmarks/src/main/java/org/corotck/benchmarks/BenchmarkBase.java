package org.corotck.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every benchmark class inherits, in one place. The round runner ({@code harness.Rounds})
 * overrides the counts and times per profile; these are what a plain {@code java -jar benchmarks.jar} uses.
 * Forks add the continuation module's export and a stack deep enough for the deep-yield bodies; a fixed heap
 * keeps the collector's sizing out of the measurement (1 GB holds the 100,000 live coroutines and taxis too).
 * A backend that needs a Java agent for stackful bodies (instrumented) may attach it itself in a fork that
 * uses it, so that no other backend's fork runs transformed bodies.
 *
 * <p>Forks run the Parallel collector, not G1, the default, because G1 moved the result with its own state
 * rather than with the code. Measured here (JDK 25, default profile, 6 rounds each): a state-machine send was
 * 35 ns under G1 and 12 ns under Parallel, and the boxed call the same 5 ns under both. G1 grows its young
 * generation during the first seconds of a fork, so a short fork measures freshly touched pages (with
 * -XX:+AlwaysPreTouch the slow first iterations went away), and its write barrier adds a StoreLoad fence to
 * every store of a young object into an old one, which a send makes and the boxed call does not (JEP 522
 * removes it in JDK 26; its share here was not isolated). Under Parallel a store is a plain card mark and the
 * state-machine send settles within the warm-up; the continuation send keeps speeding up for 1.5-2 s, so the
 * round runner warms that group longer ({@code Mechanism.slowToWarm}).
 * {@code Rounds --jvm-arg=-XX:+UseG1GC} measures under G1 anyway.
 *
 * <p>The young generation is fixed at 64 MB for the same reason. Parallel's default eden in a 1 GB heap is about
 * 256 MB, and until the first young collection recycles it every allocation lands on a page never touched
 * before. On the reference machine in December 2026 touching a page had become slow (pre-touching the 1 GB heap
 * took 1.9 s), and a state-machine send ran at 70-90 ns for the first 1.1-1.5 s of every fork, 9-10 ns after
 * the first collection: with 3 warm-up iterations of 200 ms, 2 or 3 of a fork's 5 measured iterations, so its
 * median, were of fresh pages. With 64 MB the first collection comes within 0.3 s and the send is steady from
 * the third warm-up iteration; a young collection of so few live objects costs well under 1 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss2m", "-Xms1g", "-Xmx1g", "-Xmn64m", "-XX:+UseParallelGC",
        "-Dcorotck.instrumented.attach=true", "-XX:+EnableDynamicAgentLoading"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class BenchmarkBase {}

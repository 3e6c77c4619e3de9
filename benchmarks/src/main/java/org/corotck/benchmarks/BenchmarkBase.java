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
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Xss2m", "-Xms1g", "-Xmx1g",
        "-Dcorotck.instrumented.attach=true", "-XX:+EnableDynamicAgentLoading"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class BenchmarkBase {}

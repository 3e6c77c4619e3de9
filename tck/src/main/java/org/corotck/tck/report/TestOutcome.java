package org.corotck.tck.report;

/**
 * One outcome of one test invocation.
 *
 * @param test the test method, and the invocation's display name for a parameterized one
 * @param result what became of it
 * @param reason the first line of its failure or skip reason; empty when it passed
 */
public record TestOutcome(String test, Result result, String reason) {}

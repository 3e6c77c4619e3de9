package org.corotck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corotck.reports.MutationReport.Mutant;
import org.corotck.reports.MutationReport.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationReportTest {
    private static Mutant mutant(String status, String method, int line, String description) {
        return new Mutant("backend-support", "org.corotck.backendsupport.StandardCoroutine", method, line, "VoidMethodCallMutator",
                description, status, "", "continuation");
    }

    @Test
    void theScoreLeavesOutOnlyEquivalentMutantsAndEverySurvivorIsListedWithItsVerdict() {
        List<Mutant> mutants = List.of(
                mutant("KILLED", "send", 10, "negated conditional"),
                mutant("TIMED_OUT", "send", 11, "removed call to a"),
                mutant("KILLED", "close", 12, "negated conditional"),
                mutant("SURVIVED", "close", 20, "removed call to discard"),
                mutant("SURVIVED", "end", 30, "removed call to clean"),
                mutant("NO_COVERAGE", "toString", 40, "replaced return value"));
        List<Verdict> verdicts = List.of(
                new Verdict("org.corotck.backendsupport.StandardCoroutine", "end", "*", "removed call to clean", "equivalent", "abandon() does nothing then"),
                new Verdict("org.corotck.backendsupport.StandardCoroutine", "close", "20", "removed call to discard", "resource-only", "rule 10.4"));
        String md = MutationReport.render(mutants, verdicts);
        assertTrue(md.contains("| backend-support | continuation | 6 | 3 | 2 | 1 | 1 | 60.0% (3 of 5) |"), md);
        assertTrue(md.contains("`StandardCoroutine.close line 20`: removed call to discard — **resource-only**: rule 10.4"), md);
        assertTrue(md.contains("`StandardCoroutine.end line 30`: removed call to clean — **equivalent**: abandon() does nothing then"), md);
        assertTrue(md.contains("`StandardCoroutine.toString line 40`: replaced return value (no test reaches it) — **no verdict yet**"), md);
        assertTrue(!md.contains("line 10`"), "killed mutants are not listed: " + md);
    }

    /** backend-support is mutated under two TCK runs: the TCK as a whole kills a mutant if either run does. */
    @Test
    void aMutantOfASharedModuleIsKilledIfAnyTckRunKillsIt() {
        Mutant underContinuation = mutant("NO_COVERAGE", "abandon", 93, "negated conditional");
        Mutant underStateMachine = new Mutant("backend-support", "org.corotck.backendsupport.StandardCoroutine", "abandon", 93,
                "VoidMethodCallMutator", "negated conditional", "KILLED", "SomeTest", "state-machine");
        Mutant merged = MutationReport.merged(underContinuation, underStateMachine);
        assertEquals("KILLED", merged.status());
        assertEquals("continuation, state-machine", merged.tckRun());
        assertEquals("SURVIVED", MutationReport.merged(underContinuation, mutant("SURVIVED", "abandon", 93, "negated conditional")).status());
        String md = MutationReport.render(List.of(merged), List.of());
        assertTrue(md.contains("| backend-support | continuation, state-machine | 1 | 1 | 0 | 0 | 0 | 100.0% (1 of 1) |"), md);
    }

    /** A verdict whose mutant a test has since killed, or whose line moved, is stale: the report names it. */
    @Test
    void aVerdictThatCoversNoSurvivorIsStale() {
        Verdict killedSince = new Verdict("org.corotck.backendsupport.StandardCoroutine", "send", "10", "negated conditional", "test gap", "x");
        Verdict moved = new Verdict("org.corotck.backendsupport.StandardCoroutine", "close", "19", "removed call to discard", "equivalent", "y");
        Verdict current = new Verdict("org.corotck.backendsupport.StandardCoroutine", "close", "*", "removed call to discard", "equivalent", "z");
        List<Mutant> mutants = List.of(mutant("KILLED", "send", 10, "negated conditional"),
                mutant("SURVIVED", "close", 20, "removed call to discard"));
        assertEquals(List.of(killedSince, moved), MutationReport.stale(mutants, List.of(killedSince, moved, current)));
    }

    @Test
    void aVerdictForOneLineCoversOnlyThatLine() {
        Verdict v = new Verdict("org.corotck.backendsupport.StandardCoroutine", "close", "20", "removed call to discard", "resource-only", "x");
        assertTrue(v.covers(mutant("SURVIVED", "close", 20, "removed call to discard")));
        assertTrue(!v.covers(mutant("SURVIVED", "close", 21, "removed call to discard")));
    }

    @Test
    void aMalformedVerdictFileIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path tsv = Files.writeString(dir.resolve("v.tsv"), "# comment\nA\tb\t*\tc\tmaybe\twhy\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MutationReport.readVerdicts(tsv));
        assertTrue(e.getMessage().contains("got 'maybe'"), e.getMessage());
        assertEquals(List.of(), MutationReport.readVerdicts(Files.writeString(dir.resolve("empty.tsv"), "# only comments\n")));
    }
}

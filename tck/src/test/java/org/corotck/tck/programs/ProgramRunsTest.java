package org.corotck.tck.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.corotck.spec.Coroutine;
import org.corotck.spec.State;
import org.corotck.tck.EffectLog;
import org.junit.jupiter.api.Test;

/** A program's run does not depend on when the collector runs. */
class ProgramRunsTest {
    /**
     * Corpus program 3405: f0 delegates to f1, close() reaches f1, which ignores it; f0 catches the
     * IgnoredExitException and yields, letting f1 go SUSPENDED. CPython's record has f1's finally (13) in no
     * step: the run keeps f1 reachable, so a collection between two steps does not finalize it there (it did on
     * CI once: "log [13]" at step 5 of the instrumented backend's run).
     */
    @Test
    void aSubItsDelegatorLetGoIsNotFinalizedWhileTheRunGoesOn() throws InterruptedException {
        CorpusEntry entry = Corpus.load().entries().stream().filter(e -> e.id() == 3405).findFirst().orElseThrow();
        List<Operation> operations = entry.operations();
        EffectLog log = new EffectLog();
        ProgramRuns.Subs subs = new ProgramRuns.Subs();
        Coroutine<Object, Object> c = ProgramRuns.compiled(MachinesOnly.finalizing(), Compiler.compile(entry.program()), log, subs);
        try {
            for (Operation op : operations.subList(0, 4)) {
                ProgramRuns.apply(c, op);
            }
            assertEquals(State.SUSPENDED, c.state(), "f0 yields after catching the ignored close");
            for (int i = 0; i < 5; i++) { // what a collection and the Cleaner's thread would do between two steps
                System.gc();
                Thread.sleep(100);
            }
            assertEquals(List.of("10", "20"), log.entries(), "f1 not finalized while the run goes on");
        } finally {
            ProgramRuns.closeForGood(c);
            subs.closeAll();
        }
        assertEquals(List.of("10", "20", "13"), log.entries(), "the run's end closes the sub it kept");
    }
}

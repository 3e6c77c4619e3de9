package org.corotck.tck.programs;

import java.util.List;

/**
 * One program of the corpus and what CPython did, step by step, with the operations applied to it.
 *
 * @param id its line number in the corpus, counting from 0 after the header
 */
public record CorpusEntry(int id, Program program, List<Observation> steps) {
    public CorpusEntry {
        steps = List.copyOf(steps);
    }

    public List<Operation> operations() {
        return steps.stream().map(Observation::operation).toList();
    }
}

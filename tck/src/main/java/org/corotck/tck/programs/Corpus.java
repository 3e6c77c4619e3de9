package org.corotck.tck.programs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The committed corpus: programs, operations and CPython's outcomes, made by spec/corpus/make_corpus.py
 * (see README). Read once per JVM; the tests never need Python.
 *
 * @param python the CPython version that made it
 * @param seed the generator's seed
 */
public record Corpus(String python, long seed, List<CorpusEntry> entries) {
    public static final String RESOURCE = "/org/corotck/tck/programs/corpus.jsonl.gz";

    public Corpus {
        entries = List.copyOf(entries);
    }

    private static final class Holder {
        static final Corpus CORPUS = read();
    }

    /** The corpus, read on first use. */
    public static Corpus load() {
        return Holder.CORPUS;
    }

    private static Corpus read() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw = Corpus.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("corpus resource " + RESOURCE + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            JsonNode header = json.readTree(lines.readLine());
            List<CorpusEntry> entries = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                entries.add(CorpusJson.entry(json.readTree(line)));
            }
            if (entries.size() != header.get("count").asInt()) {
                throw new IllegalStateException("corpus header says " + header.get("count") + " programs, found " + entries.size());
            }
            return new Corpus(header.get("python").asText(), header.get("seed").asLong(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }
}

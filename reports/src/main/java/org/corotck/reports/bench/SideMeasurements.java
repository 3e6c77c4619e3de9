package org.corotck.reports.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corotck.analysis.BadInputException;

/**
 * What the main job measures beside JMH: the Footprint and IdleCpu mains' lines ({@code footprint <backend>
 * key=value ...}, {@code idle <backend> key=value ...}) and CPython's gen.send timings (a JSON file of
 * timeit repeats). Each part is optional: a report says what was not measured.
 *
 * @param footprint every footprint line of each backend and form, one per JVM that measured it: the main job
 *     runs the Footprint main in several JVMs, because what a suspended stackful coroutine keeps depends on how
 *     the JIT compiled the frames it froze, which differs from one JVM to the next
 * @param idle every idle line of each backend, of {@code none} (the JVM alone) and of the raw parked threads,
 *     one per idle window the IdleCpu main measured
 */
public record SideMeasurements(Map<String, List<Map<String, String>>> footprint,
        Map<String, Map<String, String>> million, Map<String, List<Map<String, String>>> idle, Optional<CPython> cpython) {

    /** CPython's gen.send on a primed averager: each timeit repeat's time per send, in ns. */
    public record CPython(String version, double[] repeatsNs) {}

    public static SideMeasurements none() {
        return new SideMeasurements(Map.of(), Map.of(), Map.of(), Optional.empty());
    }

    public static SideMeasurements read(Path footprint, Path million, Path idle, Path cpython) throws BadInputException {
        return new SideMeasurements(allLines(footprint, "footprint"), lines(million, "footprint"), allLines(idle, "idle"),
                cpython(cpython));
    }

    /** {@code prefix name k=v k=v ... [free text]} per line, keyed by name; the last line of a name wins. */
    static Map<String, Map<String, String>> lines(Path file, String prefix) throws BadInputException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        allLines(file, prefix).forEach((name, all) -> out.put(name, all.get(all.size() - 1)));
        return out;
    }

    /** {@code prefix name k=v k=v ... [free text]} per line, every line of each name in order. */
    static Map<String, List<Map<String, String>>> allLines(Path file, String prefix) throws BadInputException {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        if (file == null) {
            return out;
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] words = line.trim().split("\\s+");
                if (words.length < 2 || !words[0].equals(prefix)) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 2; i < words.length; i++) {
                    int eq = words[i].indexOf('=');
                    if (eq > 0) {
                        fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
                    }
                }
                int skipped = line.indexOf(" skipped: ");
                if (skipped >= 0) { // Footprint's reason for not measuring a backend, kept for the report
                    fields.put("skipped", line.substring(skipped + " skipped: ".length()).trim());
                }
                out.computeIfAbsent(words[1], k -> new ArrayList<>()).add(fields);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (out.isEmpty()) { // given, but not what was asked for: silently "not measured" would hide the mistake
            throw new BadInputException(file + ": no line starting with \"" + prefix + " \" (not the output of "
                    + (prefix.equals("idle") ? "IdleCpu" : "Footprint") + ")");
        }
        return out;
    }

    static Optional<CPython> cpython(Path file) throws BadInputException {
        if (file == null) {
            return Optional.empty();
        }
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            JsonNode r = n.path("repeats_ns");
            if (!r.isArray() || r.isEmpty()) {
                throw new BadInputException(file + ": no \"repeats_ns\" array of CPython timings");
            }
            double[] ns = new double[r.size()];
            for (int i = 0; i < ns.length; i++) {
                ns[i] = r.get(i).asDouble();
            }
            return Optional.of(new CPython(n.path("python").asText("python"), ns));
        } catch (IOException e) {
            throw new BadInputException(file + ": not a CPython timing file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** A number field of every line of a backend that has it (lines with other values are left out). */
    static double[] numbers(Map<String, List<Map<String, String>>> lines, String name, String field) {
        return lines.getOrDefault(name, List.of()).stream()
                .mapToDouble(f -> parse(f.get(field)))
                .filter(v -> !Double.isNaN(v))
                .toArray();
    }

    /** A field's number, or NaN when it is absent or not a number. */
    static double parse(String v) {
        try {
            return v == null ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

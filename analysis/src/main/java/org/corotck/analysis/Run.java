package org.corotck.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corotck.analysis.stats.OrderStatistics;

/**
 * One JMH JSON result file: JMH's standard format (readable by any JMH viewer), which the round runner
 * extends with an object {@code "corotck"} per entry: the profile, the round of each fork, the group and
 * the reference series. A plain JMH file reads too: its forks then count as rounds in the order JMH ran them.
 *
 * @param name the file's name, for tables
 * @param profile {@code quick}, {@code default}, {@code full}, or empty for a plain JMH file
 * @param slowed what the self-test slowed in this run, e.g. {@code continuation:0.15}, or empty
 * @param arm the arm's name when the run was one arm of an interleaved job (the round runner's {@code --arm}), or empty
 * @param placebo the self-test's placebo slowdown this unslowed run's forks carried (a property naming no backend), or empty
 * @param jdk the JDK version JMH recorded
 * @param plannedRounds the rounds the runner was asked for, when a time budget stopped it before them; else 0
 * @param precision when the runner spent its time limit on the ratios still wide (its {@code --precision}), how
 *        tight a ratio had to be before its members stopped taking rounds; else 0
 */
public record Run(String name, String profile, String slowed, String arm, String placebo, String jdk,
        int plannedRounds, double precision, List<Series> series) {
    /** The smoke profile's files say so, and compare refuses them unless forced. */
    public static final String QUICK = "quick";

    public boolean quick() {
        return profile.equals(QUICK);
    }

    public Optional<Series> find(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The highest round number plus one. */
    public int rounds() {
        return series.stream().flatMapToInt(s -> Arrays.stream(s.rounds())).max().orElse(-1) + 1;
    }

    public static Run read(Path file) throws BadInputException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new BadInputException(file + ": not a JMH result file (expected a JSON array of benchmark results)");
        }
        if (root.isEmpty()) {
            throw new BadInputException(file + ": holds no benchmark results");
        }
        List<Series> series = new ArrayList<>();
        String profile = "";
        String slowed = "";
        String arm = "";
        String placebo = "";
        String jdk = "";
        int planned = 0;
        double precision = 0;
        for (JsonNode n : root) {
            if (!n.hasNonNull("benchmark") || !n.has("primaryMetric")) {
                throw new BadInputException(file + ": not a JMH result file (an entry has no benchmark or primaryMetric)");
            }
            JsonNode meta = n.path("corotck");
            profile = meta.path("profile").asText(profile);
            slowed = meta.path("slowed").asText(slowed);
            arm = meta.path("arm").asText(arm);
            placebo = meta.path("placebo").asText(placebo);
            jdk = n.path("jdkVersion").asText(jdk);
            planned = Math.max(planned, meta.path("roundsPlanned").asInt(0));
            precision = Math.max(precision, meta.path("precision").asDouble(0));
            series.add(series(file, n, meta));
        }
        return new Run(name, profile, slowed, arm, placebo, jdk, planned, precision, List.copyOf(series));
    }

    private static Series series(Path file, JsonNode n, JsonNode meta) throws BadInputException {
        String benchmark = n.get("benchmark").asText();
        Map<String, String> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        JsonNode m = n.get("primaryMetric");
        String mode = n.path("mode").asText("avgt");
        double[][] iterations = iterations(m);
        double[] scores = forkScores(m, mode, iterations);
        if (scores.length == 0) {
            // A file without raw data (JMH writes it always; a hand-trimmed one may not): its score is one sample.
            if (!m.path("score").isNumber()) {
                throw new BadInputException(file + ": " + benchmark + " has no score");
            }
            scores = new double[] {m.get("score").asDouble()};
        }
        for (int f = 0; f < scores.length; f++) {
            if (Double.isNaN(scores[f])) { // JMH writes every measured iteration; an empty fork is a damaged file
                throw new BadInputException(file + ": " + benchmark + " has a fork with no measurement (fork " + (f + 1)
                        + " of " + scores.length + ")");
            }
        }
        int[] rounds = new int[scores.length];
        JsonNode r = meta.path("rounds");
        for (int i = 0; i < rounds.length; i++) {
            rounds[i] = r.isArray() && i < r.size() ? r.get(i).asInt() : i;
        }
        Optional<Double> alloc = Optional.empty();
        for (String metric : List.of("gc.alloc.rate.norm", "·gc.alloc.rate.norm")) {
            JsonNode a = n.path("secondaryMetrics").path(metric).path("score");
            if (a.isNumber()) {
                alloc = Optional.of(a.asDouble());
            }
        }
        String reference = meta.path("reference").asText("");
        if (iterations.length != scores.length) {
            iterations = new double[scores.length][0];
        }
        return new Series(benchmark, params, mode, m.path("scoreUnit").asText(""), scores, rounds, alloc,
                meta.path("group").asText(""), reference.isEmpty() ? Optional.empty() : Optional.of(reference),
                iterations, meta.path("sharedFork").asText(""));
    }

    /**
     * Each fork's measured iterations, in the order they ran: their scores, or for sample mode the median of each
     * one's histogram; none without raw data.
     */
    private static double[][] iterations(JsonNode m) {
        JsonNode raw = m.path("rawData");
        JsonNode hist = m.path("rawDataHistogram");
        if (!raw.isArray() && hist.isArray()) {
            double[][] out = new double[hist.size()][];
            for (int f = 0; f < hist.size(); f++) {
                out[f] = new double[hist.get(f).size()];
                for (int i = 0; i < out[f].length; i++) {
                    out[f][i] = histogramMedian(List.of(hist.get(f).get(i)));
                }
            }
            return out;
        }
        if (!raw.isArray()) {
            return new double[0][];
        }
        double[][] out = new double[raw.size()][];
        for (int f = 0; f < raw.size(); f++) {
            out[f] = new double[raw.get(f).size()];
            for (int i = 0; i < out[f].length; i++) {
                out[f][i] = raw.get(f).get(i).asDouble();
            }
        }
        return out;
    }

    /**
     * Per fork: the median of its measurement iterations (not JMH's mean: on a shared machine an iteration in
     * which the hypervisor took a vCPU is an outlier of that fork, not of the code, and the median of many short
     * iterations ignores it), or for sample mode the median of its merged histograms.
     */
    private static double[] forkScores(JsonNode m, String mode, double[][] iterations) {
        if (iterations.length > 0 && m.path("rawData").isArray()) {
            double[] out = new double[iterations.length];
            for (int f = 0; f < iterations.length; f++) {
                out[f] = OrderStatistics.median(iterations[f]);
            }
            return out;
        }
        JsonNode hist = m.path("rawDataHistogram");
        if (mode.equals("sample") && hist.isArray()) {
            double[] out = new double[hist.size()];
            for (int f = 0; f < hist.size(); f++) {
                out[f] = histogramMedian(hist.get(f));
            }
            return out;
        }
        return new double[0];
    }

    /** The median of one fork's iterations' histograms, each a list of [value, count]. */
    private static double histogramMedian(Iterable<JsonNode> iterations) {
        Map<Double, Long> counts = new java.util.TreeMap<>();
        long total = 0;
        for (JsonNode iteration : iterations) {
            for (JsonNode bin : iteration) {
                long c = bin.get(1).asLong();
                counts.merge(bin.get(0).asDouble(), c, Long::sum);
                total += c;
            }
        }
        long seen = 0;
        for (Map.Entry<Double, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (2 * seen >= total) {
                return e.getKey();
            }
        }
        return Double.NaN;
    }
}

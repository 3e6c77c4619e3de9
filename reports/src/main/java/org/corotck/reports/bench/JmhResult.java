package org.corotck.reports.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One entry of a standard JMH JSON result file: a benchmark with its params and primary metric. */
public record JmhResult(String benchmark, String mode, Map<String, String> params, double score, double error,
        double low, double high, String unit, Map<String, Double> secondary, Map<String, Double> percentiles) {

    /** A percentile of a sampling run (mode {@code sample}), e.g. {@code percentile(50)} for the median. */
    public Optional<Double> percentile(double p) {
        return Optional.ofNullable(percentiles.get(String.format(Locale.ROOT, "%.1f", p)));
    }

    /** The benchmark's short name, {@code Class.method}. */
    public String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
    }

    /** Benchmark plus params, the key two runs are matched by. */
    public String key() {
        StringBuilder b = new StringBuilder(shortName());
        params.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** Lower is better for time-per-operation modes, higher for throughput. */
    public boolean lowerIsBetter() {
        return !mode.equals("thrpt");
    }

    public boolean overlaps(JmhResult other) {
        return low <= other.high && other.low <= high;
    }

    public static List<JmhResult> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<JmhResult> out = new ArrayList<>();
        for (JsonNode n : root) {
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode p = n.get("params");
            if (p != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    params.put(e.getKey(), e.getValue().asText());
                }
            }
            JsonNode m = n.get("primaryMetric");
            double score = m.get("score").asDouble();
            double error = m.path("scoreError").asDouble(Double.NaN);
            if (Double.isNaN(error)) {
                error = 0; // JMH writes "NaN" when there was a single iteration
            }
            JsonNode ci = m.get("scoreConfidence");
            double low = ci != null && ci.get(0).isNumber() ? ci.get(0).asDouble() : score - error;
            double high = ci != null && ci.get(1).isNumber() ? ci.get(1).asDouble() : score + error;
            Map<String, Double> secondary = new LinkedHashMap<>();
            JsonNode s = n.get("secondaryMetrics");
            if (s != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    secondary.put(e.getKey(), e.getValue().path("score").asDouble());
                }
            }
            Map<String, Double> percentiles = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = m.path("scorePercentiles").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                percentiles.put(e.getKey(), e.getValue().asDouble());
            }
            out.add(new JmhResult(n.get("benchmark").asText(), n.path("mode").asText("avgt"), params, score, error,
                    low, high, m.path("scoreUnit").asText(""), secondary, percentiles));
        }
        return out;
    }
}

package org.corotck.reports.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Made-up runs in JMH's JSON format with the round runner's "corotck" object, for tests with known answers. */
final class JmhFiles {
    /** One series: its key's parts, fork scores (one per round), and an optional reference key. */
    record Spec(String benchmark, Map<String, String> params, double[] forks, String reference) {
        static Spec of(String shortName, String params, double[] forks) {
            return new Spec(shortName, parse(params), forks, null);
        }

        Spec against(String referenceKey) {
            return new Spec(benchmark, params, forks, referenceKey);
        }

        static Map<String, String> parse(String params) {
            Map<String, String> m = new LinkedHashMap<>();
            if (!params.isBlank()) {
                for (String kv : params.trim().split(" ")) {
                    m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                }
            }
            return m;
        }
    }

    private final List<Spec> specs = new ArrayList<>();
    private String profile = "default";
    private String slowed = "";
    private String arm = "";
    private String placebo = "";
    private int roundsPlanned;
    private double precision;
    private boolean plain;

    /** As one arm of an interleaved job (the round runner's --arm) records it. */
    JmhFiles arm(String name) {
        arm = name;
        return this;
    }

    /** As the self-test's unslowed arms record the placebo their forks carried. */
    JmhFiles placebo(String spec) {
        placebo = spec;
        return this;
    }

    JmhFiles profile(String p) {
        profile = p;
        return this;
    }

    JmhFiles slowed(String s) {
        slowed = s;
        return this;
    }

    /** As the round runner records it when its time budget stopped it before {@code n} rounds. */
    JmhFiles roundsPlanned(int n) {
        roundsPlanned = n;
        return this;
    }

    /** As the round runner records it when it spent its time limit on the ratios still wider than {@code p}. */
    JmhFiles precision(double p) {
        precision = p;
        return this;
    }

    /** As JMH itself writes it (java -jar benchmarks.jar -rf json): no "corotck" object, so no reference either. */
    JmhFiles plain() {
        plain = true;
        return this;
    }

    JmhFiles add(Spec s) {
        specs.add(s);
        return this;
    }

    Path write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode root = json.createArrayNode();
        for (Spec s : specs) {
            ObjectNode n = root.addObject();
            n.put("jmhVersion", "1.37");
            n.put("benchmark", "org.corotck.benchmarks." + s.benchmark());
            n.put("mode", "avgt");
            n.put("forks", s.forks().length);
            n.put("jdkVersion", "25");
            ObjectNode params = n.putObject("params");
            s.params().forEach(params::put);
            ObjectNode m = n.putObject("primaryMetric");
            double mean = 0;
            for (double f : s.forks()) {
                mean += f / s.forks().length;
            }
            m.put("score", mean);
            m.put("scoreError", 0.0);
            m.putArray("scoreConfidence").add(mean).add(mean);
            m.put("scoreUnit", "ns/op");
            ArrayNode raw = m.putArray("rawData");
            for (double f : s.forks()) {
                raw.addArray().add(f * 0.99).add(f).add(f * 1.01); // three iterations averaging f
            }
            ObjectNode alloc = n.putObject("secondaryMetrics").putObject("gc.alloc.rate.norm");
            alloc.put("score", 24.0);
            if (plain) {
                continue;
            }
            ObjectNode meta = n.putObject("corotck");
            meta.put("profile", profile);
            if (!slowed.isEmpty()) {
                meta.put("slowed", slowed);
            }
            if (!arm.isEmpty()) {
                meta.put("arm", arm);
            }
            if (!placebo.isEmpty()) {
                meta.put("placebo", placebo);
            }
            if (roundsPlanned > 0) {
                meta.put("roundsPlanned", roundsPlanned);
            }
            if (precision > 0) {
                meta.put("precision", precision);
            }
            ArrayNode rounds = meta.putArray("rounds");
            for (int i = 0; i < s.forks().length; i++) {
                rounds.add(i);
            }
            meta.put("group", "g");
            if (s.reference() != null) {
                meta.put("reference", s.reference());
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }

    /** n log-normal fork scores around {@code median}, spread by {@code spread} (0.03 is about ±3%). */
    static double[] forks(Random random, int n, double median, double spread) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = median * Math.exp(spread * random.nextGaussian());
        }
        return xs;
    }

    static double[] scaled(double[] xs, double factor) {
        double[] out = xs.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}

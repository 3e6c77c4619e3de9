package org.corotck.reports.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JMH run (plus optionally a footprint run's output and a CPython timeit figure) into a Markdown report:
 * each backend's ratio to its raw mechanism, the targets met or not, and every result as a table.
 */
public final class BenchReport {
    public static final List<String> BACKENDS = List.of("threads", "virtual-threads", "continuation", "state-machine");

    /** A ratio a/b with its error from the two 99.9% errors (relative errors added in quadrature). */
    public record Ratio(String label, JmhResult of, JmhResult to, double value, double error) {
        static Ratio of(String label, JmhResult a, JmhResult b) {
            double v = a.score() / b.score();
            double e = v * Math.sqrt(sq(a.error() / a.score()) + sq(b.error() / b.score()));
            return new Ratio(label, a, b, v, e);
        }

        private static double sq(double x) {
            return x * x;
        }

        public String text() {
            return String.format(Locale.ROOT, "%.2f ± %.2f", value, error);
        }
    }

    /** A target of the issue and its verdict. */
    public record Target(String text, String measured, String verdict, String bound) {}

    private final List<JmhResult> results;
    private final Map<String, Double> footprint;
    private final Map<String, Boolean> footprintOk;
    private final String footprintNote;
    private final Double cpythonNs;
    private final Map<String, Long> idleMillis = new LinkedHashMap<>();
    private final Map<String, Integer> idleCount = new LinkedHashMap<>();
    private int idleSeconds;
    private final StringBuilder idleNote = new StringBuilder();
    final List<Ratio> ratios = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();

    public BenchReport(List<JmhResult> results, Path footprintFile, Path bigFootprintFile, Path idleFile,
            Double cpythonNs) throws IOException {
        this.results = results;
        this.cpythonNs = cpythonNs;
        this.footprint = new LinkedHashMap<>();
        this.footprintOk = new LinkedHashMap<>();
        StringBuilder note = new StringBuilder();
        Pattern line = Pattern.compile("footprint (\\S+) n=(\\d+) bytesPerCoroutine=(\\S+) beyondBody=(\\S+) heapMaxMB=(\\d+) ok=(\\S+)(.*)");
        for (Path f : new Path[] {footprintFile, bigFootprintFile}) {
            if (f == null || !Files.exists(f)) {
                continue;
            }
            for (String l : Files.readAllLines(f)) {
                if (l.startsWith("footprint")) {
                    note.append("    ").append(l).append('\n');
                }
                Matcher m = line.matcher(l);
                if (m.matches()) {
                    String tag = f == footprintFile ? "" : "big:";
                    footprint.put(tag + m.group(1), Double.parseDouble(m.group(4)));
                    footprintOk.put(tag + m.group(1), Boolean.parseBoolean(m.group(6)));
                    if (!tag.isEmpty()) {
                        footprint.put("bigN", Double.parseDouble(m.group(2)));
                        footprint.put("bigHeap", Double.parseDouble(m.group(5)));
                    }
                }
            }
        }
        this.footprintNote = note.toString();
        readIdle(idleFile);
        judge();
    }

    /** The IdleCpu main's lines: {@code idle <backend> n=<N> seconds=<S> cpuMillis=<ms> ok=<bool>}. */
    private void readIdle(Path idleFile) throws IOException {
        if (idleFile == null || !Files.exists(idleFile)) {
            return;
        }
        Pattern line = Pattern.compile("idle (\\S+) n=(\\d+) seconds=(\\d+) cpuMillis=(-?\\d+) ok=true.*");
        for (String l : Files.readAllLines(idleFile)) {
            if (l.startsWith("idle ")) {
                idleNote.append("    ").append(l).append('\n');
            }
            Matcher m = line.matcher(l);
            if (m.matches()) {
                idleCount.put(m.group(1), Integer.parseInt(m.group(2)));
                idleSeconds = Integer.parseInt(m.group(3));
                idleMillis.put(m.group(1), Long.parseLong(m.group(4)));
            }
        }
    }

    Optional<JmhResult> find(String shortName, String... params) {
        return results.stream().filter(r -> r.shortName().equals(shortName)).filter(r -> {
            for (int i = 0; i + 1 < params.length; i += 2) {
                if (!r.param(params[i]).equals(params[i + 1])) {
                    return false;
                }
            }
            return true;
        }).findFirst();
    }

    private Optional<Ratio> ratio(String label, Optional<JmhResult> a, Optional<JmhResult> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        Ratio r = Ratio.of(label, a.get(), b.get());
        ratios.add(r);
        return Optional.of(r);
    }

    private void ratioTarget(String text, Optional<Ratio> r, double bound, String bounds) {
        if (r.isEmpty()) {
            targets.add(new Target(text, "not measured in this run", "not judged", bounds));
            return;
        }
        Ratio x = r.get();
        String verdict = x.value() + x.error() <= bound ? "met"
                : x.value() - x.error() > bound ? "not met" : (x.value() <= bound ? "met (within error)" : "not met (within error)");
        targets.add(new Target(text, x.text(), verdict, bounds));
    }

    private void judge() {
        Optional<JmhResult> hand = find("Baselines.handWrittenCall");
        Optional<JmhResult> cont = find("Baselines.rawContinuation");
        // The raw ping-pong, keyed by partner, caller kind and waiting policy ("park" plain, "spin" as the backends wait)
        Map<String, Optional<JmhResult>> pingPong = new LinkedHashMap<>();
        for (String caller : List.of("Platform", "Virtual")) {
            for (String partner : List.of("platform", "virtual")) {
                for (String wait : List.of("park", "spin")) {
                    pingPong.put(caller + "/" + partner + "/" + wait,
                            find("Baselines.parkUnpark" + caller + "Caller", "partner", partner, "wait", wait));
                }
            }
        }
        Optional<Ratio> sm = ratio("state-machine send / hand-written call",
                find("CoroutineBench.send", "backend", "state-machine", "form", "machine"), hand);
        ratioTarget("state-machine send <= 2x the hand-written call", sm, 2.0,
                "Step.yield allocates a record per send; the hand-written call inlines to a few instructions");
        Optional<JmhResult> smSend = find("CoroutineBench.send", "backend", "state-machine", "form", "machine");
        if (cpythonNs == null || smSend.isEmpty()) {
            targets.add(new Target("state-machine send faster than CPython gen.send",
                    cpythonNs == null ? "CPython not measured" : "state-machine send not measured in this run",
                    "not judged", ""));
        } else {
            JmhResult s = smSend.get();
            boolean met = s.high() < cpythonNs;
            targets.add(new Target("state-machine send faster than CPython gen.send",
                    String.format(Locale.ROOT, "%s ± %s ns vs CPython %.1f ns (ratio %.3f)", Comparison.fmt(s.score()),
                            Comparison.fmt(s.error()), cpythonNs, s.score() / cpythonNs),
                    met ? "met" : "not met", "python3 -m timeit: best of 5 repeats, no error bar"));
        }
        for (String form : List.of("machine", "stackful")) {
            Optional<Ratio> c = ratio("continuation send (" + form + ") / raw Continuation yield+run",
                    find("CoroutineBench.send", "backend", "continuation", "form", form), cont);
            ratioTarget("continuation send (" + form + " body) <= 1.3x raw Continuation yield/run", c, 1.3,
                    "the backend's lifecycle bookkeeping and the body-form driver on top of one run/yield");
        }
        // threads runs its body on a platform thread, virtual-threads on a virtual one: each against the
        // ping-pong with the same partner kind and the same caller kind, plain and with the backends' spin
        Map<String, String> partnerOf = Map.of("threads", "platform", "virtual-threads", "virtual");
        for (String backend : List.of("threads", "virtual-threads")) {
            String partner = partnerOf.get(backend);
            for (String wait : List.of("park", "spin")) {
                String raw = (wait.equals("park") ? "plain park/unpark" : "spin-then-park") + " ping-pong, " + partner + " partner";
                for (String form : List.of("machine", "stackful")) {
                    ratioTarget(backend + " send (" + form + " body, platform caller) <= 1.3x raw " + raw + ", platform caller",
                            ratio(backend + " send (" + form + ", platform caller) / " + raw,
                                    find("CoroutineBench.send", "backend", backend, "form", form),
                                    pingPong.get("Platform/" + partner + "/" + wait)), 1.3,
                            "the raw ping-pong hands over the same boxed values; on top of it, the lifecycle's CAS and the body-form driver, or a wake-up when a side parks");
                }
                ratioTarget(backend + " send (virtual caller) <= 1.3x raw " + raw + ", virtual caller",
                        ratio(backend + " send (virtual caller) / " + raw + ", virtual caller",
                                find("VirtualCallerBench.sendVirtualCaller", "backend", backend),
                                pingPong.get("Virtual/" + partner + "/" + wait)), 1.3,
                        "same caller kind on both sides");
            }
        }
        handoffTargets(pingPong);
        ratio("continuation send (virtual caller) / raw Continuation",
                find("VirtualCallerBench.sendVirtualCaller", "backend", "continuation"), cont);
        ratio("state-machine send (virtual caller) / hand-written call",
                find("VirtualCallerBench.sendVirtualCaller", "backend", "state-machine"), hand);

        footprintTarget("state-machine", 100);
        footprintTarget("continuation", 1024);
        footprintTarget("virtual-threads", 1536);
        for (String b : List.of("continuation", "virtual-threads", "state-machine")) {
            Boolean ok = footprintOk.get("big:" + b);
            Double n = footprint.get("bigN");
            targets.add(new Target("1,000,000 live suspended coroutines on " + b + " within a 4 GB heap",
                    ok == null ? "not measured" : String.format(Locale.ROOT, "n=%,.0f, -Xmx %.0f MB, %.0f B each beyond the body",
                            n, footprint.get("bigHeap"), footprint.get("big:" + b)),
                    ok == null ? "not judged" : ok ? "met" : "not met", "a separate run of Footprint with -Xmx4g"));
        }
    }

    /** Issue 8: the thread handoff's median round trip, its speed-up over plain park/unpark, its idle cost. */
    private void handoffTargets(Map<String, Optional<JmhResult>> pingPong) {
        for (String backend : List.of("threads", "virtual-threads")) {
            Optional<JmhResult> sampled = find("CoroutineBench.sendSampled", "backend", backend, "form", "machine");
            Optional<Double> median = sampled.flatMap(r -> r.percentile(50));
            targets.add(new Target(backend + " send round trip: median <= 1 µs (platform caller)",
                    median.map(m -> String.format(Locale.ROOT, "p50 %.0f ns, p90 %.0f ns, p99 %.0f ns", m,
                            sampled.get().percentile(90).orElse(Double.NaN), sampled.get().percentile(99).orElse(Double.NaN)))
                            .orElse("not measured"),
                    median.map(m -> m <= 1000 ? "met" : "not met").orElse("not judged"),
                    "JMH SampleTime (CoroutineBench.sendSampled, machine body); one timer read per sample adds ~20-30 ns"));
            String partner = backend.equals("threads") ? "platform" : "virtual";
            ratioTarget(backend + " send >= 20x faster than plain park/unpark (ratio <= 0.05)",
                    ratio(backend + " send / plain park/unpark ping-pong, " + partner + " partner",
                            find("CoroutineBench.send", "backend", backend, "form", "machine"),
                            pingPong.get("Platform/" + partner + "/park")), 0.05,
                    "both averages from this run, platform caller");
        }
        for (String backend : List.of("threads", "virtual-threads")) {
            Long millis = idleMillis.get(backend);
            Long none = idleMillis.get("none");
            if (millis == null || none == null) {
                targets.add(new Target("~0 CPU with " + backend + " coroutines idle", "not measured", "not judged", ""));
                continue;
            }
            // "~0": within 1% of one core over the window, beyond what the JVM burns alone
            long budget = idleSeconds * 10L;
            targets.add(new Target(String.format(Locale.ROOT, "~0 CPU over %d idle seconds with %,d suspended %s coroutines",
                            idleSeconds, idleCount.get(backend), backend),
                    String.format(Locale.ROOT, "%d ms CPU (the JVM alone: %d ms)", millis, none),
                    millis - none <= budget ? "met" : "not met",
                    String.format(Locale.ROOT, "met when within 1%% of one core (%d ms) of the JVM alone; IdleCpu main", budget)));
        }
    }

    private void footprintTarget(String backend, double bound) {
        Double v = footprint.get(backend);
        targets.add(new Target("bytes retained per suspended coroutine beyond the body's fields: " + backend
                + " <= " + (int) bound + " B",
                v == null ? "not measured" : String.format(Locale.ROOT, "%.0f B", v),
                v == null ? "not judged" : v <= bound ? "met" : "not met",
                "heap used after GC (min of 4 GCs), N primed averagers minus N bare bodies, divided by N"));
    }

    public String markdown(String title, String machine, List<String> charts) {
        StringBuilder b = new StringBuilder("# ").append(title).append("\n\n");
        if (machine != null && !machine.isBlank()) {
            b.append("## Machine\n\n").append(machine.strip()).append("\n\n");
        }
        b.append("All scores are JMH averages with their 99.9% error; ratios are from this one run, their error ")
                .append("the two relative errors added in quadrature. Benchmarks on 2 shared cores are noisy.\n\n");
        b.append("## Targets\n\n| target | measured | verdict | what bounds it |\n|---|---|---|---|\n");
        for (Target t : targets) {
            b.append("| ").append(t.text()).append(" | ").append(t.measured()).append(" | **").append(t.verdict())
                    .append("** | ").append(t.bound()).append(" |\n");
        }
        b.append("\n## Each backend against its raw mechanism\n\n| ratio | value ± error | backend (ns/op) | raw (ns/op) |\n|---|---|---|---|\n");
        for (Ratio r : ratios) {
            b.append("| ").append(r.label()).append(" | ").append(r.text()).append(" | ")
                    .append(Comparison.fmt(r.of().score())).append(" ± ").append(Comparison.fmt(r.of().error()))
                    .append(" | ").append(Comparison.fmt(r.to().score())).append(" ± ")
                    .append(Comparison.fmt(r.to().error())).append(" |\n");
        }
        if (cpythonNs != null) {
            b.append(String.format(Locale.ROOT, "\nReference line: CPython `gen.send` on a primed averager, `python3 -m timeit`: **%.1f ns** per send.\n", cpythonNs));
        }
        if (!footprintNote.isEmpty()) {
            b.append("\n## Footprint runs (Footprint main)\n\n```\n").append(footprintNote).append("```\n");
        }
        if (idleNote.length() > 0) {
            b.append("\n## Idle CPU runs (IdleCpu main)\n\n```\n").append(idleNote).append("```\n");
        }
        if (!charts.isEmpty()) {
            b.append("\n## Charts\n\n");
            for (String c : charts) {
                b.append("![").append(c).append("](").append(c).append(")\n\n");
            }
        }
        b.append("\n## All results\n\n`alloc` is `gc.alloc.rate.norm` (bytes allocated per operation) when the run used `-prof gc`.\n\n");
        Map<String, List<JmhResult>> byBench = new LinkedHashMap<>();
        results.forEach(r -> byBench.computeIfAbsent(r.shortName(), k -> new ArrayList<>()).add(r));
        byBench.forEach((name, rs) -> {
            b.append("### ").append(name).append("\n\n| params | score ± error | unit | alloc B/op |\n|---|---|---|---|\n");
            for (JmhResult r : rs) {
                Double alloc = r.secondary().get("·gc.alloc.rate.norm");
                if (alloc == null) {
                    alloc = r.secondary().get("gc.alloc.rate.norm");
                }
                b.append("| ").append(r.params().isEmpty() ? "" : r.key().substring(r.shortName().length() + 1))
                        .append(" | ").append(Comparison.fmt(r.score())).append(" ± ").append(Comparison.fmt(r.error()))
                        .append(" | ").append(r.unit()).append(" | ")
                        .append(alloc == null ? "" : String.format(Locale.ROOT, "%.1f", alloc)).append(" |\n");
            }
            b.append('\n');
        });
        return b.toString();
    }

    public List<JmhResult> results() {
        return results;
    }

    public List<Ratio> ratios() {
        return ratios;
    }

    public List<Target> targets() {
        return targets;
    }
}

package org.corotck.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.corotck.analysis.BadInputException;
import org.corotck.analysis.Run;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Backends;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The round runner: runs the suite in rounds, each round one JMH fork of every member, the groups in an order
 * shuffled anew each round and the members of a group back to back, so that a shared machine's slow drift
 * hits every member alike and a backend is measured close in time to its raw mechanism (Georges, Buytaert and
 * Eeckhout, OOPSLA 2007; Kalibera and Jones, ISMM 2013). Writes JMH's standard JSON, each fork's raw data
 * included, with an object {@code "corotck"} per entry: the profile, each fork's round, the group and the
 * reference (and the rounds planned, when a time budget ended the run before them). The file is rewritten
 * after every round, so an interrupted run keeps what it measured. Under a budget and a precision, the rounds from
 * the sixth on run only the members of ratios not yet tight ({@link Precision}), and go on while any is wide.
 */
@Command(name = "rounds", mixinStandardHelpOptions = true,
        description = "Run the benchmark suite in interleaved rounds and write JMH JSON for the reports tool.")
public final class Rounds implements Callable<Integer> {
    @Option(names = "--profile", defaultValue = "default", description = "quick, default or full (default ${DEFAULT-VALUE})")
    String profileName;

    @Option(names = {"-o", "--out"}, required = true, description = "the JMH JSON file to write")
    Path out;

    @Option(names = "--rounds", description = "override the profile's number of rounds")
    Integer rounds;

    @Option(names = "--budget", paramLabel = "SECONDS", description = "a wall-time budget: no round starts that would"
            + " end after SECONDS from the first, judged by its forks' planned length and the most a round so far took"
            + " over its plan; the first " + MIN_ROUNDS
            + " rounds always run (the fewest whose median has a 95%% interval)")
    Integer budgetSeconds;

    @Option(names = "--precision", paramLabel = "FRACTION", description = "with --budget: from round " + (MIN_ROUNDS + 1)
            + " on, a member of a headline ratio runs only while the ratio's 95%% interval is wider than FRACTION of its"
            + " median, a member in no ratio for the planned rounds; without --rounds the rounds go on past the"
            + " profile's, up to " + EXTENDED + " times as many, until every ratio is that tight or the budget ends;"
            + " 0: every member every round (default: the profile's, 0.05 for default, 0 for quick and full)")
    Double precision;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the shuffles (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--backends", split = ",", description = "backends to run (default: every backend found)")
    List<String> backendNames;

    @Option(names = "--only", description = "only members whose key matches this regular expression, and the raw"
            + " baselines they are measured against")
    String only;

    @Option(names = "--list", description = "print the plan and exit")
    boolean list;

    @Option(names = "--jvm-arg", paramLabel = "OPTION", description = "a JVM option for every fork, after the"
            + " benchmark's own (repeatable); e.g. --jvm-arg=-XX:+UseG1GC measures under G1 instead of the Parallel collector")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--arm", paramLabel = "NAME[=OPTIONS]", description = "run the suite once per arm, interleaved: each"
            + " round runs every member under each arm back to back, in a shuffled order, and each arm writes its own"
            + " file (OUT with -NAME before the extension); OPTIONS are JVM options its forks get, space-separated."
            + " E.g. --arm base --arm g1='-XX:+UseG1GC'. Repeatable")
    List<String> armSpecs = new ArrayList<>();

    /** The fewest forks whose median has a 95% interval (1 - 2/2^6 = 96.9%; analysis' OrderStatistics). */
    static final int MIN_ROUNDS = 6;

    /** With a precision, how many times the profile's rounds the runner may go on for the ratios still wide. */
    static final int EXTENDED = 4;

    private final ObjectMapper json = new ObjectMapper();
    /** The rounds planned, once the budget stopped the run before them; else 0. */
    private int plannedWhenStopped;

    /**
     * One fork of one member: which round, its JMH result (the member's turns only, when it shared the fork), and
     * when it started.
     */
    record Fork(int round, BenchmarkResult result, RunResult run, long startedAt) {}

    /** A unit under an arm: what one fork of a round runs. */
    record Job(Unit unit, Arm arm) {
        String key() {
            return arm.label() + unit.key();
        }
    }

    /** What a member's forks under {@code arm} are kept by. */
    static String forkKey(Member m, Arm arm) {
        return arm.label() + m.key();
    }

    /** The members that ran taking turns in shared forks: their JSON entries name the member, not InterleavedBench. */
    private final java.util.Set<String> tookTurns = new java.util.HashSet<>();

    @Override
    public Integer call() throws Exception {
        // Bad arguments end the run in one line (exit 2) before any fork starts, as the reports tool does.
        Profile profile;
        try {
            profile = Profile.valueOf(profileName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return badArgument("--profile must be quick, default or full, got '" + profileName + "'");
        }
        Pattern onlyPattern = null;
        if (only != null) {
            try {
                onlyPattern = Pattern.compile(only);
            } catch (PatternSyntaxException e) {
                return badArgument("--only is not a regular expression: " + e.getDescription() + " in '" + only + "'");
            }
        }
        int n = rounds != null ? rounds : profile.rounds;
        double fraction = precision != null ? precision : profile.precision;
        if (fraction < 0 || fraction >= 1 || Double.isNaN(fraction)) {
            return badArgument("--precision must be a fraction from 0 (off) to below 1, got " + precision);
        }
        boolean adaptive = measuresToPrecision(fraction, n);
        int cap = mostRounds(adaptive, n);
        List<Arm> arms;
        try {
            arms = armSpecs.isEmpty() ? List.of(Arm.only(out)) : Arm.parseAll(armSpecs, out);
        } catch (IllegalArgumentException e) {
            return badArgument(e.getMessage());
        }
        Map<Backend, Mechanism> backends;
        List<Backend> chosen;
        try {
            chosen = backendNames == null ? Backends.all() : backendNames.stream().map(Backends::byName).toList();
        } catch (IllegalArgumentException e) {
            return badArgument("--backends: " + e.getMessage());
        }
        try {
            backends = mechanisms(chosen);
        } catch (IllegalArgumentException e) {
            return badArgument(e.getMessage());
        }
        List<Member> members = selected(Suite.members(profile, backends), onlyPattern);
        if (members.isEmpty()) {
            System.err.println("rounds: no member to run");
            return 2;
        }
        Precision precise = new Precision(members, fraction, n);
        List<Unit> plan = units(members, profile, new Random(seed));
        double roundSeconds = arms.size() * plan.stream().mapToDouble(u -> seconds(u, profile)).sum();
        int perRound = plan.size() * arms.size();
        System.out.printf(Locale.ROOT, "rounds: profile %s, %d rounds x %d members in %d forks%s, forks of %d (slow to warm: %d)"
                        + " x %d ms warmup + %d x %d ms, shared forks %d per round of %d + %d turns of %d ms (about %.0f min);"
                        + " mechanisms %s%s%n", profile.label(), n, members.size(), plan.size(),
                arms.size() == 1 ? "" : " x " + arms.size() + " arms " + arms.stream().map(Arm::name).toList(),
                profile.warmupIterations, profile.slowWarmupIterations, profile.warmupMillis, profile.measurementIterations,
                profile.measurementMillis, profile.sharedForks, profile.sharedWarmupTurns, profile.sharedTurns,
                profile.sharedTurnMillis, n * roundSeconds / 60,
                backends.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).toList(),
                jvmArgs.isEmpty() ? "" : "; forks also get " + String.join(" ", jvmArgs));
        if (adaptive) {
            System.out.printf(Locale.ROOT, "rounds: precision ±%.1f%%: from round %d on, only the members of ratios still wider"
                    + " (those in no ratio for %d rounds), for up to %d rounds within the budget%n", fraction * 100,
                    MIN_ROUNDS + 1, n, cap);
        }
        if (list) {
            Suite.groups(members).forEach((g, ms) -> {
                System.out.println(g);
                ms.forEach(m -> System.out.println("  " + m.key() + (m.reference() == null ? "" : "   vs " + m.reference())
                        + (Unit.canTakeTurns(m) ? "   (takes turns in shared forks)" : "")));
            });
            return 0;
        }
        Map<String, List<Fork>> forks = new LinkedHashMap<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        long start = System.nanoTime();
        int done = 0;
        double slowness = 1; // the most a round took over its plan so far: how the next round's length is foreseen
        java.util.Set<String> needed = null; // null: every member
        for (int round = 0; round < cap; round++) {
            long roundStart = System.nanoTime();
            double elapsed = (roundStart - start) / 1e9;
            java.util.Set<String> now = needed;
            List<Job> jobs = shuffled(members, profile, arms, new Random(seed * 1_000_003L + round)).stream()
                    .filter(j -> failures.getOrDefault(j.key(), 0) < 2)
                    .filter(j -> now == null || Precision.needs(now, j.unit())).toList();
            if (jobs.isEmpty()) {
                System.out.printf(Locale.ROOT, "rounds: no member needs another round after %d (every headline ratio"
                        + " within ±%.1f%%, or its members' forks failed)%n", round, fraction * 100);
                break;
            }
            double planned = jobs.stream().mapToDouble(j -> seconds(j.unit(), profile)).sum();
            if (!roundFits(round, elapsed, planned * slowness)) {
                System.out.printf(Locale.ROOT, "rounds: stopped after %d of %d rounds: another (about %.0f s) would end"
                        + " after the %d s budget (%.0f s gone)%n", round, cap, planned * slowness, budgetSeconds, elapsed);
                plannedWhenStopped = cap;
                write(forks, members, arms, profile, fraction, adaptive);
                break;
            }
            Random layouts = new Random(seed * 1_000_033L + round);
            for (Job job : jobs) {
                String layout = layoutPadding(layouts);
                if (failures.getOrDefault(job.key(), 0) >= 2) { // failed twice already in this round
                    continue;
                }
                long t0 = System.nanoTime();
                long startedAt = System.currentTimeMillis();
                try {
                    for (RunResult r : new Runner(options(job, profile, layout)).run()) {
                        for (BenchmarkResult b : r.getBenchmarkResults()) {
                            List<Member> ms = job.unit().members();
                            List<BenchmarkResult> parts = job.unit().interleaved() ? job.unit().split(b) : List.of(b);
                            StringBuilder scores = new StringBuilder();
                            for (int i = 0; i < ms.size(); i++) {
                                BenchmarkResult part = parts.get(i);
                                forks.computeIfAbsent(forkKey(ms.get(i), job.arm()), k -> new ArrayList<>())
                                        .add(new Fork(round, part, r, startedAt));
                                if (job.unit().interleaved()) {
                                    tookTurns.add(ms.get(i).key());
                                    scores.append(i == 0 ? "" : "; ").append(ms.get(i).key()).append(' ');
                                }
                                scores.append(score(part)).append(' ').append(part.getPrimaryResult().getScoreUnit());
                            }
                            System.out.printf(Locale.ROOT, "r%d/%d %3d%s %s: %s (%.1f s)%n", round + 1, cap, ++done,
                                    adaptive ? "" : "/" + n * perRound, job.key(), scores, (System.nanoTime() - t0) / 1e9);
                        }
                    }
                } catch (RunnerException e) {
                    failures.merge(job.key(), 1, Integer::sum);
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    System.out.println("r" + (round + 1) + "/" + cap + " " + job.key() + ": FAILED: " + cause);
                }
            }
            write(forks, members, arms, profile, fraction, adaptive);
            slowness = Math.max(slowness, (System.nanoTime() - roundStart) / 1e9 / planned);
            System.out.printf(Locale.ROOT, "round %d/%d done after %.1f min; %s written%n", round + 1, cap,
                    (System.nanoTime() - start) / 6e10, arms.stream().map(a -> a.out().toString())
                            .collect(java.util.stream.Collectors.joining(", ")));
            if (adaptive && round + 1 >= MIN_ROUNDS) {
                needed = stillNeeded(precise, arms, dead(plan, arms, failures), round + 1);
            }
        }
        return forks.isEmpty() ? 1 : 0;
    }

    /**
     * Whether this run spends its rounds by precision: only under a time limit (without one, the rounds asked are
     * what runs), and only with rounds past the {@link #MIN_ROUNDS} every member runs.
     */
    boolean measuresToPrecision(double fraction, int n) {
        return fraction > 0 && budgetSeconds != null && n > MIN_ROUNDS;
    }

    /** The most rounds: {@code --rounds} when given; the profile's, extended {@link #EXTENDED} times by a precision. */
    int mostRounds(boolean adaptive, int n) {
        return adaptive && rounds == null ? n * EXTENDED : n;
    }

    /**
     * The members the next round needs ({@link Precision#needed}), from each arm's file as just written and read
     * back with the reports' own analysis; every member (null) while a file holds nothing to read yet.
     */
    private static java.util.Set<String> stillNeeded(Precision precise, List<Arm> arms, java.util.Set<String> dead,
            int round) {
        List<Run> sofar = new ArrayList<>();
        for (Arm arm : arms) {
            try {
                sofar.add(Run.read(arm.out()));
            } catch (BadInputException e) { // every fork so far failed: nothing is tight
                return null;
            }
        }
        java.util.Set<String> next = precise.needed(sofar, dead, round);
        System.out.printf(Locale.ROOT, "rounds: %d of %d members needed in round %d (in a ratio wider than ±%.1f%%%s)%n",
                next.size(), precise.members().size(), round + 1, precise.fraction() * 100,
                round < precise.plannedRounds() ? ", or in none" : "");
        return next;
    }

    /** The members whose forks failed twice under some arm: the runner skips them, so no ratio of theirs can narrow. */
    static java.util.Set<String> dead(List<Unit> plan, List<Arm> arms, Map<String, Integer> failures) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Unit u : plan) {
            for (Arm a : arms) {
                if (failures.getOrDefault(new Job(u, a).key(), 0) >= 2) {
                    u.members().forEach(m -> out.add(m.key()));
                }
            }
        }
        return out;
    }

    /**
     * The members whose key {@code only} matches (all of them without it), and the raw baselines those are
     * measured against: a ratio needs its reference in the same rounds, so {@code --only send} keeps each send's.
     */
    static List<Member> selected(List<Member> members, Pattern only) {
        if (only == null) {
            return List.copyOf(members);
        }
        java.util.Set<String> references = new java.util.HashSet<>();
        members.stream().filter(m -> only.matcher(m.key()).find() && m.reference() != null)
                .forEach(m -> references.add(m.reference()));
        return members.stream().filter(m -> only.matcher(m.key()).find() || references.contains(m.key())).toList();
    }

    /**
     * Whether round {@code round} (from 0) may start {@code elapsed} seconds after the first and last about
     * {@code roundSeconds}: always without a budget and for the first {@link #MIN_ROUNDS}; else only if it ends
     * within the budget. Stopping early keeps whole rounds, so every member that ran has forks from the same rounds.
     */
    boolean roundFits(int round, double elapsed, double roundSeconds) {
        return budgetSeconds == null || round < MIN_ROUNDS || elapsed + roundSeconds <= budgetSeconds;
    }

    /** A fork's score as the log shows it: JMH's, or for sampled sends their median (their mean carries the stalls). */
    private static String score(BenchmarkResult b) {
        return b.getParams().getMode() == Mode.SampleTime
                ? "median " + format(b.getPrimaryResult().getStatistics().getPercentile(50))
                : format(b.getPrimaryResult().getScore());
    }

    private static String format(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * One round's units: the groups in a shuffled order, each kept together, its units shuffled. A group that
     * takes turns ({@link Mechanism#takesTurns}) runs the members that can ({@link Unit#canTakeTurns}) in
     * {@link Profile#sharedForks} shared forks, each with a turn order of its own; its other members, and every
     * member of the other groups, in a fork each.
     */
    static List<Unit> units(List<Member> members, Profile profile, Random random) {
        List<List<Unit>> groups = new ArrayList<>();
        Suite.groups(members).forEach((name, ms) -> {
            List<Unit> units = new ArrayList<>();
            List<Member> turns = ms.stream().filter(Unit::canTakeTurns).toList();
            if (turns.size() < 2) {
                turns = List.of(); // one member alone takes no turns
            }
            for (int f = 0; f < (turns.isEmpty() ? 0 : profile.sharedForks); f++) {
                List<Member> order = new ArrayList<>(turns);
                Collections.shuffle(order, random);
                units.add(new Unit(order, name));
            }
            for (Member m : ms) {
                if (!turns.contains(m)) {
                    units.add(Unit.of(m));
                }
            }
            Collections.shuffle(units, random);
            groups.add(units);
        });
        Collections.shuffle(groups, random);
        return groups.stream().flatMap(List::stream).toList();
    }

    /**
     * One round's forks: the units as {@link #units} orders them, each under every arm back to back, the arms in
     * an order shuffled anew for each unit, so that no arm always runs first.
     */
    static List<Job> shuffled(List<Member> members, Profile profile, List<Arm> arms, Random random) {
        List<Job> jobs = new ArrayList<>();
        for (Unit u : units(members, profile, random)) {
            List<Arm> order = new ArrayList<>(arms);
            Collections.shuffle(order, random);
            order.forEach(a -> jobs.add(new Job(u, a)));
        }
        return jobs;
    }

    private static double seconds(Unit u, Profile profile) {
        return u.interleaved() ? profile.sharedForkSeconds(u.members().size()) : profile.forkSeconds(u.group());
    }

    /** The system property each fork gets with a padding of its own ({@link #layoutPadding}). */
    static final String LAYOUT_PROPERTY = "corotck.bench.layout";

    /**
     * A random padding, 0 to 511 letters, for one fork's command line. What a JVM is started with moves where its
     * objects and stacks land, and so the cache lines a thread handoff shares (Mytkowicz, Diwan, Hauswirth and
     * Sweeney, "Producing wrong data without doing anything obviously wrong!", ASPLOS 2009). Measured here: two
     * more system properties made a threads send 10-15% slower in 8 of 8 pairs of forks, and in an interleaved
     * self-test the only difference between two arms, the backend a property named, kept one arm's threads
     * stackful send 10% slower in 11 of 12 rounds. A fixed command line fixes that bias for a whole run; a random
     * padding per fork turns it into spread between forks, which the statistics see, as Mytkowicz et al. advise.
     */
    static String layoutPadding(Random random) {
        char[] letters = new char[random.nextInt(512)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return "-D" + LAYOUT_PROPERTY + "=" + new String(letters);
    }

    private org.openjdk.jmh.runner.options.Options options(Job job, Profile profile, String layout) {
        Unit u = job.unit();
        int k = u.members().size();
        // A shared fork warms every member up with sharedWarmupTurns each and measures sharedTurns, so that its
        // warm-up is a whole number of turns and measured iteration j is member j mod k's (Unit.split).
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include("^" + Pattern.quote(u.fullName()) + "$")
                .forks(1)
                .warmupIterations(u.interleaved() ? k * profile.sharedWarmupTurns : profile.warmupIterations(u.group()))
                .warmupTime(TimeValue.milliseconds(u.interleaved() ? profile.sharedTurnMillis : profile.warmupMillis))
                .measurementIterations(u.interleaved() ? k * profile.sharedTurns : profile.measurementIterations)
                .measurementTime(TimeValue.milliseconds(u.interleaved() ? profile.sharedTurnMillis : profile.measurementMillis))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        if (u.interleaved()) {
            // each turn's score is the median of its sampled sends, not their mean: on this VM a handoff's mean
            // carries the stalls of a descheduled vCPU (a turn's mean was 3-20x its median), which no pairing cancels
            o.mode(Mode.SampleTime);
        }
        u.params().forEach(o::param);
        List<String> extra = new ArrayList<>(jvmArgs);
        extra.addAll(job.arm().jvmArgs());
        extra.add(layout);
        o.jvmArgsAppend(forkArgs(u.fullName(), extra));
        return o.build();
    }

    /** A JVM option that chooses the collector. */
    private static final Pattern GC_CHOICE = Pattern.compile("-XX:\\+Use\\w+GC");

    /**
     * The JVM options a fork of {@code m} gets with {@code extra} added: JMH replaces a benchmark's
     * {@code @Fork(jvmArgsAppend)} with the runner's, so the benchmark's own come first (its class's annotation,
     * inherited from BenchmarkBase or its own, as DeepYieldBench's deeper stack) and a later option wins; a
     * collector chosen in {@code extra} replaces the benchmark's.
     */
    static String[] forkArgs(String name, List<String> extra) {
        try {
            Class<?> benchmarkClass = Class.forName(name.substring(0, name.lastIndexOf('.')));
            org.openjdk.jmh.annotations.Fork fork = benchmarkClass.getAnnotation(org.openjdk.jmh.annotations.Fork.class);
            List<String> all = new ArrayList<>(fork == null ? List.of() : List.of(fork.jvmArgsAppend()));
            if (extra.stream().anyMatch(a -> GC_CHOICE.matcher(a).matches())) {
                all.removeIf(a -> GC_CHOICE.matcher(a).matches()); // a JVM refuses two collectors
            }
            all.addAll(extra);
            return all.toArray(String[]::new);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no benchmark class for " + name, e);
        }
    }

    /** Each arm's file. */
    private void write(Map<String, List<Fork>> forks, List<Member> members, List<Arm> arms, Profile profile,
            double fraction, boolean adaptive) throws Exception {
        for (Arm arm : arms) {
            write(forks, members, arm, profile, fraction, adaptive);
        }
    }

    /** JMH's JSON of every member's forks so far under {@code arm}, each entry with its "corotck" object. */
    private void write(Map<String, List<Fork>> forks, List<Member> members, Arm arm, Profile profile, double fraction,
            boolean adaptive) throws Exception {
        ArrayNode all = json.createArrayNode();
        String slowed = arm.placebo() ? "" : arm.slowdown();
        for (Member m : members) {
            List<Fork> fs = forks.get(forkKey(m, arm));
            if (fs == null || fs.isEmpty()) {
                continue;
            }
            RunResult merged = new RunResult(fs.get(0).run().getParams(), fs.stream().map(Fork::result).toList());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
                ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(List.of(merged));
            }
            for (JsonNode entry : json.readTree(buffer.toString(StandardCharsets.UTF_8))) {
                ObjectNode e = (ObjectNode) entry;
                e.put("forks", fs.size());
                boolean shared = tookTurns.contains(m.key());
                if (shared) { // JMH named the fork's benchmark; this entry is one member's turns in it
                    e.put("benchmark", m.fullName());
                    ObjectNode params = e.putObject("params");
                    m.params().forEach(params::put);
                    if (m.params().isEmpty()) {
                        e.remove("params");
                    }
                    e.put("warmupIterations", profile.sharedWarmupTurns);
                    e.put("warmupTime", profile.sharedTurnMillis + " ms");
                    e.put("measurementTime", profile.sharedTurnMillis + " ms");
                    e.put("measurementIterations", fs.get(0).result().getIterationResults().size());
                }
                ObjectNode meta = e.putObject("corotck");
                meta.put("profile", profile.label());
                meta.put("seed", seed);
                if (arm.name() != null) {
                    meta.put("arm", arm.name()); // the other arms ran interleaved with it, in the same rounds
                }
                if (!slowed.isEmpty()) {
                    meta.put("slowed", slowed);
                } else if (arm.placebo()) {
                    meta.put("placebo", arm.slowdown()); // slows nothing; its forks' command lines look as the slowed arm's
                }
                if (adaptive) {
                    meta.put("precision", fraction); // a member ran only while a ratio it is in was wider than this
                }
                if (plannedWhenStopped > 0) {
                    meta.put("roundsPlanned", plannedWhenStopped); // only when the budget ended the run early
                }
                meta.put("group", m.group());
                if (shared) {
                    // its forks are the group's shared forks, in the same order as every other member's that took
                    // turns: the reports pair their iterations turn by turn
                    meta.put("sharedFork", m.group());
                    medianPerTurn(e, meta, fs);
                }
                if (m.reference() != null) {
                    meta.put("reference", m.reference());
                }
                ArrayNode r = meta.putArray("rounds");
                ArrayNode t = meta.putArray("startedAt");
                for (Fork f : fs) {
                    r.add(f.round());
                    t.add(f.startedAt());
                }
                all.add(e);
            }
        }
        Path file = arm.out();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), all);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A shared fork's sampled turns, each kept as its median ({@link Unit#median}), as {@code rawData} (per fork,
     * per turn, as JMH writes an average-time run's) in place of the one-sample histograms JMH writes for a
     * sampled benchmark: the samples themselves took 6 MB a default run against 0.2 MB for the rest of the file.
     * JMH's score and percentiles are then over the turns' medians, as the object "corotck" says.
     */
    private static void medianPerTurn(ObjectNode entry, ObjectNode meta, List<Fork> forks) {
        ObjectNode primary = (ObjectNode) entry.get("primaryMetric");
        if (!primary.has("rawDataHistogram")) {
            return;
        }
        primary.remove("rawDataHistogram");
        ArrayNode raw = primary.putArray("rawData");
        for (Fork f : forks) {
            ArrayNode turns = raw.addArray();
            f.result().getIterationResults().forEach(it -> turns.add(it.getPrimaryResult().getScore()));
        }
        meta.put("rawData", "the median of each turn's sampled operations; score and percentiles are over these medians");
    }

    /**
     * Each backend's mechanism, found by running a probe body in this JVM. The runner therefore needs the JVM
     * flags the forks get (continuation's {@code --add-exports}; main-job passes them): a backend that cannot
     * start here is a bad argument naming it, not a stack trace.
     */
    static Map<Backend, Mechanism> mechanisms(List<Backend> chosen) {
        Map<Backend, Mechanism> out = new LinkedHashMap<>();
        for (Backend b : chosen) {
            try {
                out.put(b, Mechanism.of(b));
            } catch (IllegalStateException | UnsupportedOperationException e) {
                throw new IllegalArgumentException("backend " + b.name() + " cannot run in this JVM: " + e.getMessage()
                        + " (run the round runner with the JVM options main-job gives it, or leave it out with --backends)");
            }
        }
        return out;
    }

    private static int badArgument(String message) {
        System.err.println("rounds: " + message);
        return 2;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Rounds()).execute(args));
    }
}

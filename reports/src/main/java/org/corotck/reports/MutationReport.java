package org.corotck.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * reports/mutation.md from PIT's {@code mutations.xml} of every backend module ({@code -Pmutation}): the
 * score per module and every mutant that survived, each with its verdict from {@code mutation-verdicts.tsv}
 * (equivalent, and why; resource-only, and which rule should catch it; or a test gap, which a test closes).
 * The score counts every mutant but the equivalent ones: killed / (all - equivalent).
 */
public final class MutationReport {

    /** The modules, by the package of their classes; PIT mutates some under another module's TCK run. */
    static final Map<String, String> MODULES = modules();

    /**
     * One mutant as PIT reported it; {@code tckRun} names the backend whose TCK ran against it, several joined by
     * ", " when a shared module was mutated under more than one (then it is killed if any run killed it).
     */
    record Mutant(String module, String mutatedClass, String method, int line, String mutator, String description,
                  String status, String killingTest, String tckRun) {
        boolean detected() {
            return !status.equals("SURVIVED") && !status.equals("NO_COVERAGE");
        }

        String where() {
            return simpleName(mutatedClass) + "." + method + " line " + line;
        }
    }

    /** A verdict on survivors: kind is "equivalent", "resource-only" or "test gap". */
    record Verdict(String mutatedClass, String method, String line, String description, String kind, String why) {
        boolean covers(Mutant m) {
            return m.mutatedClass().equals(mutatedClass) && m.method().equals(method) && m.description().equals(description)
                    && (line.equals("*") || line.equals(Integer.toString(m.line())));
        }
    }

    private MutationReport() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: MutationReport <project directory> <verdicts .tsv> <output .md>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<Mutant> mutants = read(root);
        if (mutants.isEmpty()) {
            System.err.println("no PIT results under " + root + "/implementations/*/target/pit-reports; run with -Pmutation");
            System.exit(1);
        }
        List<Verdict> verdicts = readVerdicts(Path.of(args[1]));
        Path out = Path.of(args[2]);
        Files.writeString(out, render(mutants, verdicts));
        System.out.println("mutation report written to " + out);
        long missing = survivors(mutants).stream().filter(m -> verdictOf(m, verdicts).isEmpty()).count();
        if (missing > 0) {
            System.out.println("  " + missing + " surviving mutants have no verdict yet: add them to " + args[1]);
        }
        List<Verdict> stale = stale(mutants, verdicts);
        if (!stale.isEmpty()) {
            System.out.println("  " + stale.size() + " verdicts cover no mutant that survived (killed now, or their line"
                    + " moved): drop or re-point them in " + args[1]);
            stale.forEach(v -> System.out.println("    " + String.join(" | ", v.mutatedClass(), v.method(), v.line(), v.description())));
        }
    }

    /**
     * The verdicts that cover no mutant left alive: a test has killed it since, or the code moved and the verdict's
     * line with it. Kept, they would wait to excuse a new survivor of the same description on that line.
     */
    static List<Verdict> stale(List<Mutant> mutants, List<Verdict> verdicts) {
        List<Mutant> alive = survivors(mutants);
        return verdicts.stream().filter(v -> alive.stream().noneMatch(v::covers)).toList();
    }

    static List<Mutant> read(Path root) throws Exception {
        List<Mutant> all = new ArrayList<>();
        Map<String, Mutant> byIdentity = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> found = Files.list(root.resolve("implementations"))) {
            files = found.map(m -> m.resolve(Path.of("target", "pit-reports", "mutations.xml"))).filter(Files::exists).sorted().toList();
        }
        for (Path file : files) {
            String tckRun = file.getParent().getParent().getParent().getFileName().toString();
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                    .getElementsByTagName("mutation");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String cls = text(e, "mutatedClass");
                String topLevel = cls.contains("$") ? cls.substring(0, cls.indexOf('$')) : cls;
                Mutant m = new Mutant(moduleOf(topLevel), topLevel, text(e, "mutatedMethod"),
                        Integer.parseInt(text(e, "lineNumber")), simpleName(text(e, "mutator")), text(e, "description"),
                        e.getAttribute("status"), text(e, "killingTest"), tckRun);
                String identity = String.join("|", cls, m.method(), text(e, "methodDescription"), text(e, "lineNumber"),
                        text(e, "mutator"), text(e, "indexes"), m.description());
                byIdentity.merge(identity, m, MutationReport::merged);
            }
        }
        all.addAll(byIdentity.values());
        all.sort(Comparator.comparing(Mutant::module).thenComparing(Mutant::mutatedClass).thenComparingInt(Mutant::line)
                .thenComparing(Mutant::description));
        return all;
    }

    /**
     * One mutant of a shared module seen by two TCK runs: the TCK as a whole catches it if either run does, so it
     * counts as killed if either killed it, else as survived if either ran it, else as not covered.
     */
    static Mutant merged(Mutant a, Mutant b) {
        Mutant winner = a.detected() ? a : b.detected() ? b : a.status().equals("SURVIVED") ? a : b;
        String runs = String.join(", ", java.util.stream.Stream.of(a.tckRun().split(", "), b.tckRun().split(", "))
                .flatMap(java.util.Arrays::stream).distinct().sorted().toList());
        return new Mutant(winner.module(), winner.mutatedClass(), winner.method(), winner.line(), winner.mutator(),
                winner.description(), winner.status(), winner.killingTest(), runs);
    }

    static List<Verdict> readVerdicts(Path tsv) throws IOException {
        List<Verdict> verdicts = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IllegalArgumentException(tsv + ": expected 6 tab-separated fields (class, method, line or *,"
                        + " description, kind, why), got " + f.length + " in: " + line);
            }
            if (!List.of("equivalent", "resource-only", "test gap").contains(f[4])) {
                throw new IllegalArgumentException(tsv + ": the kind must be equivalent, resource-only or test gap, got '" + f[4] + "'");
            }
            verdicts.add(new Verdict(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return verdicts;
    }

    static String render(List<Mutant> mutants, List<Verdict> verdicts) {
        StringBuilder md = new StringBuilder("# Mutation testing: PIT against the TCK\n\n");
        md.append("PIT (STRONGER mutators) mutates each module and runs its TCK against every mutant: backend-support under the\n")
                .append("continuation backend's TCK (all of it) and its machine runner under the state-machine backend's too, each\n")
                .append("with backend-support's own tests, a mutant killed when either run kills it;\n")
                .append("thread-handoff under the threads backend's TCK with its own tests, and each backend under its own. The\n")
                .append("TCK runs with the self-test's quick settings. Regenerate with `./mutation-job`.\n\n")
                .append("The score counts every mutant but the equivalent ones: killed (a test failed, or the run timed out) over\n")
                .append("all mutants less the equivalent. Every mutant not killed is listed below with its verdict: equivalent\n")
                .append("(no behaviour changes; a mutant that changes only how fast a handoff is, such as the spin before a\n")
                .append("thread parks, counts as equivalent, since no rule can see speed and the benchmarks measure it),\n")
                .append("resource-only (what changes no rule observes; which rule should), or a test gap (closed by a test, so\n")
                .append("that it no longer survives, or still open, and why). The verdicts live in reports/mutation-verdicts.tsv.\n\n");
        md.append("| module | mutated under | mutants | killed | survived | no coverage | equivalent | score (non-equivalent killed) |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Mutant>> byModule = new LinkedHashMap<>();
        MODULES.values().stream().distinct().forEach(m -> byModule.put(m, new ArrayList<>()));
        mutants.forEach(m -> byModule.computeIfAbsent(m.module(), k -> new ArrayList<>()).add(m));
        byModule.forEach((module, ms) -> {
            if (ms.isEmpty()) {
                md.append("| ").append(module).append(" | | 0 | | | | | no mutants (nothing PIT mutates, or not run) |\n");
                return;
            }
            long killed = ms.stream().filter(Mutant::detected).count();
            long survived = ms.stream().filter(m -> m.status().equals("SURVIVED")).count();
            long uncovered = ms.stream().filter(m -> m.status().equals("NO_COVERAGE")).count();
            long equivalent = ms.stream().filter(m -> !m.detected())
                    .filter(m -> verdictOf(m, verdicts).map(v -> v.kind().equals("equivalent")).orElse(false)).count();
            long counted = ms.size() - equivalent;
            md.append("| ").append(module).append(" | ").append(String.join(", ", ms.stream()
                            .flatMap(m -> java.util.Arrays.stream(m.tckRun().split(", "))).distinct().sorted().toList()))
                    .append(" | ").append(ms.size()).append(" | ").append(killed).append(" | ").append(survived).append(" | ")
                    .append(uncovered).append(" | ").append(equivalent).append(" | ")
                    .append(counted == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% (%d of %d)", 100.0 * killed / counted, killed, counted))
                    .append(" |\n");
        });
        md.append("\n## Every mutant that was not killed, with its verdict\n");
        byModule.forEach((module, ms) -> {
            List<Mutant> left = survivors(ms);
            if (left.isEmpty()) {
                return;
            }
            md.append("\n### ").append(module).append("\n\n");
            for (Mutant m : left) {
                md.append("- `").append(m.where()).append("`: ").append(m.description().replace("|", "\\|"))
                        .append(m.status().equals("NO_COVERAGE") ? " (no test reaches it)" : "").append(" — ")
                        .append(verdictOf(m, verdicts).map(v -> "**" + v.kind() + "**: " + v.why()).orElse("**no verdict yet**"))
                        .append('\n');
            }
        });
        return md.toString();
    }

    private static List<Mutant> survivors(List<Mutant> mutants) {
        return mutants.stream().filter(m -> !m.detected()).toList();
    }

    static Optional<Verdict> verdictOf(Mutant m, List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> v.covers(m)).findFirst();
    }

    private static String moduleOf(String className) {
        return MODULES.entrySet().stream().filter(e -> className.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("(other) " + className);
    }

    private static String text(Element e, String tag) {
        NodeList nodes = e.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static Map<String, String> modules() {
        Map<String, String> modules = new LinkedHashMap<>();
        modules.put("org.corotck.backendsupport.", "backend-support");
        modules.put("org.corotck.threadhandoff.", "thread-handoff");
        modules.put("org.corotck.threads.", "threads");
        modules.put("org.corotck.virtualthreads.", "virtual-threads");
        modules.put("org.corotck.continuation.", "continuation");
        modules.put("org.corotck.statemachine.", "state-machine");
        return modules;
    }
}

package org.corotck.benchmarks.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corotck.spec.spi.Backend;
import org.corotck.spec.spi.Capability;

/**
 * The members a profile runs over the given backends, each in its group. A backend's raw baseline follows
 * from its {@link Mechanism}, observed, never from its name; a body form it cannot run, or a number of live
 * coroutines beyond its {@link Backend#liveCoroutineHint()}, is not scheduled.
 *
 * <p>Headline (every profile): {@code send} for every backend and body form, delegation depth 10 and the raw
 * baselines (for a body on the caller's thread also the boxed call inside the claim of a send), which the default
 * profile fits in its time. The full profile adds the rest, among it the boxed call inside the two claims of a
 * send through a chain of delegators, send with a virtual-thread caller (against the raw virtual-caller ping-pong for
 * backends whose body runs on a thread of its own) and a send to a stackful body suspended 1 and 10,000 frames
 * deep.
 */
public final class Suite {
    static final String VIRTUAL_CALLER = "VIRTUAL_CALLER";
    static final String MANY_LIVE = "MANY_LIVE";
    static final String TAXI = "TAXI";

    private Suite() {}

    public static List<Member> members(Profile profile, Map<Backend, Mechanism> backends) {
        Map<String, Member> out = new LinkedHashMap<>(); // by key: a raw baseline is added once
        raw(out, "Baselines.handWrittenCall", Map.of(), Mechanism.CALL.name());
        for (Map.Entry<Backend, Mechanism> e : backends.entrySet()) {
            Backend b = e.getKey();
            Mechanism m = e.getValue();
            String group = m.name();
            raw(out, rawBenchmark(m.rawKey()), rawParams(m.rawKey()), group);
            if (m == Mechanism.CALL) { // the claim a send must make, beside the bare call (a chain's two: full profile)
                raw(out, "Baselines.claimedBoxedCall", Map.of("claims", "1"), group);
                if (profile.everything) {
                    raw(out, "Baselines.claimedBoxedCall", Map.of("claims", "2"), group);
                }
            }
            for (String form : forms(b)) {
                Map<String, String> p = Map.of("backend", b.name(), "form", form);
                add(out, new Member("CoroutineBench.send", p, group, m.rawKey()));
                add(out, new Member("CoroutineBench.delegationDepth10", p, group, null));
                if (profile.everything) {
                    add(out, new Member("CoroutineBench.createPrimeClose", p, group, null));
                    add(out, new Member("CoroutineBench.throwInto", p, group, null));
                    add(out, new Member("CoroutineBench.delegationDepth1", p, group, null));
                }
            }
            if (!profile.everything) {
                continue;
            }
            String partner = m == Mechanism.VIRTUAL_THREAD ? "virtual" : "platform";
            if (m.handsOff()) {
                String vcRaw = "Baselines.parkUnparkVirtualCaller partner=" + partner + " wait=spin";
                raw(out, "Baselines.parkUnparkVirtualCaller", Map.of("partner", partner, "wait", "spin"), VIRTUAL_CALLER);
                add(out, new Member("VirtualCallerBench.sendVirtualCaller", Map.of("backend", b.name()), VIRTUAL_CALLER, vcRaw));
                add(out, new Member("CoroutineBench.sendSampled", Map.of("backend", b.name(), "form", "machine"), group, null));
                raw(out, "Baselines.parkUnparkPlatformCaller", Map.of("partner", partner, "wait", "park"), group);
            } else {
                add(out, new Member("VirtualCallerBench.sendVirtualCaller", Map.of("backend", b.name()), VIRTUAL_CALLER, null));
            }
            for (int live : new int[] {1, 1000, 100_000}) {
                if (live <= b.liveCoroutineHint()) {
                    String ref = null;
                    if (m == Mechanism.PLATFORM_THREAD && live == 1000) {
                        ref = "Baselines.parkUnparkRoundRobin live=1000";
                        raw(out, "Baselines.parkUnparkRoundRobin", Map.of("live", "1000"), MANY_LIVE);
                    }
                    add(out, new Member("ManyLiveBench.roundRobinSend", Map.of("backend", b.name(), "live", "" + live), MANY_LIVE, ref));
                }
            }
            if (b.capabilities().contains(Capability.STACKFUL)) {
                for (String depth : new String[] {"1", "10000"}) {
                    add(out, new Member("DeepYieldBench.sendAtDepth", Map.of("backend", b.name(), "depth", depth), group, null));
                }
            }
            for (int taxis : new int[] {10, 1000, 100_000}) {
                if (taxis <= b.liveCoroutineHint()) {
                    add(out, new Member("TaxiBench.simulate", Map.of("backend", b.name(), "taxis", "" + taxis, "form", "machine"), TAXI, null));
                }
            }
        }
        return List.copyOf(out.values());
    }

    static List<String> forms(Backend b) {
        return b.capabilities().contains(Capability.STACKFUL) ? List.of("machine", "stackful") : List.of("machine");
    }

    private static void raw(Map<String, Member> out, String benchmark, Map<String, String> params, String group) {
        add(out, new Member(benchmark, params, group, null));
    }

    private static void add(Map<String, Member> out, Member m) {
        out.putIfAbsent(m.key(), m);
    }

    static String rawBenchmark(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    static Map<String, String> rawParams(String key) {
        Map<String, String> params = new LinkedHashMap<>();
        String[] words = key.split(" ");
        for (int i = 1; i < words.length; i++) {
            params.put(words[i].substring(0, words[i].indexOf('=')), words[i].substring(words[i].indexOf('=') + 1));
        }
        return params;
    }

    /** The members grouped, in the order first seen. */
    static Map<String, List<Member>> groups(List<Member> members) {
        Map<String, List<Member>> g = new LinkedHashMap<>();
        members.forEach(m -> g.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m));
        return g;
    }
}

package org.corotck.selftest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corotck.tck.Timeouts;

/**
 * The TCK's knobs turned down for the self-test's many runs (fewer model-based examples, stress rounds
 * and corpus programs, shorter bounds, a fixed QuickTheories seed), and turned back afterwards. The bounds are scaled from whatever factor the
 * build set, so {@code corotck.timeoutFactor} still helps a slow machine.
 */
final class QuickSettings implements AutoCloseable {
    /** How much shorter every bound is during mutant runs: {@code corotck.selftest.timeoutScale}, default 0.25. */
    private static final double TIMEOUT_SCALE = Double.parseDouble(System.getProperty("corotck.selftest.timeoutScale", "0.25"));

    private final Map<String, String> previous = new LinkedHashMap<>();

    QuickSettings() {
        set("corotck.timeoutFactor", Double.toString(Timeouts.factor() * TIMEOUT_SCALE));
        set("corotck.finalizationSeconds", "20");
        set("corotck.examples", "10");
        set("corotck.stressRounds", "20");
        set("corotck.corpusPrograms", "2500"); // a quarter of the corpus per mutant; the backends replay it all
        // one seed for QuickTheories, so that reruns kill with the same tests and the kill matrix does not churn
        if (System.getProperty("QT_SEED") == null) {
            set("QT_SEED", "20261125");
        }
        set("corotck.reportDir", "target/corotck/mutants");
    }

    private void set(String key, String value) {
        previous.put(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}

package org.corotck.reports.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A performance target an issue set, read from {@code targets.tsv}: what is measured ({@code kind},
 * {@code of}, {@code to}), the bound it must not exceed, and what bounds the result (an explanation, not a
 * measurement). Context targets are shown and never judged: they could not fail, or only describe.
 */
public record Target(String id, String kind, String of, String to, double bound, boolean judged, String issue,
        String text, String explanation) {

    public static List<Target> builtIn() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Target.class.getResourceAsStream("targets.tsv"), "targets.tsv"),
                StandardCharsets.UTF_8))) {
            List<Target> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IllegalStateException("targets.tsv: expected 9 tab-separated fields: " + line);
                }
                out.add(new Target(f[0], f[1], f[2], f[3], f[4].isEmpty() ? Double.NaN : Double.parseDouble(f[4]),
                        f[5].equals("yes"), f[6], f[7], f[8]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

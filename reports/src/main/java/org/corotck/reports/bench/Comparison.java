package org.corotck.reports.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two or more JMH runs matched by benchmark + params. The first run is the base; every other run's score is
 * a ratio to it. A regression is a result worse than the base by more than the threshold whose 99.9%
 * confidence interval does not overlap the base's.
 */
public final class Comparison {
    public record Cell(JmhResult result, double ratio, boolean overlaps, boolean regression) {}

    public record Row(String key, String unit, List<Cell> cells) {}

    private final List<String> names;
    private final List<Row> rows = new ArrayList<>();

    public Comparison(List<String> names, List<List<JmhResult>> runs, double threshold) {
        this.names = names;
        Map<String, JmhResult[]> byKey = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (JmhResult r : runs.get(i)) {
                byKey.computeIfAbsent(r.key(), k -> new JmhResult[runs.size()])[i] = r;
            }
        }
        byKey.forEach((key, results) -> {
            JmhResult base = results[0];
            List<Cell> cells = new ArrayList<>();
            String unit = "";
            for (JmhResult r : results) {
                if (r == null) {
                    cells.add(null);
                    continue;
                }
                unit = r.unit();
                if (base == null) {
                    cells.add(new Cell(r, Double.NaN, false, false));
                    continue;
                }
                double ratio = r.score() / base.score();
                boolean overlaps = r.overlaps(base);
                double worse = r.lowerIsBetter() ? ratio : 1 / ratio;
                cells.add(new Cell(r, ratio, overlaps, !overlaps && worse > 1 + threshold));
            }
            rows.add(new Row(key, unit, cells));
        });
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean anyRegression() {
        return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c != null && c.regression());
    }

    /** One Markdown table per benchmark + params. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        for (Row row : rows) {
            b.append("### ").append(row.key()).append("\n\n");
            b.append("| run | score ± error (").append(row.unit()).append(") | ratio to ").append(names.get(0))
                    .append(" | 99.9% CIs overlap | regression |\n|---|---|---|---|---|\n");
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                if (c == null) {
                    b.append("| ").append(names.get(i)).append(" | (absent) | | | |\n");
                    continue;
                }
                b.append("| ").append(names.get(i)).append(" | ").append(fmt(c.result().score())).append(" ± ")
                        .append(fmt(c.result().error())).append(" | ")
                        .append(i == 0 ? "1" : String.format(Locale.ROOT, "%.3f", c.ratio())).append(" | ")
                        .append(i == 0 ? "" : c.overlaps() ? "yes" : "no").append(" | ")
                        .append(c.regression() ? "**REGRESSION**" : "").append(" |\n");
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}

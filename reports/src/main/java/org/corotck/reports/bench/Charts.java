package org.corotck.reports.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;

/** SVG bar charts: send latency per backend with error bars, and each backend's ratio to its raw mechanism. */
public final class Charts {
    private Charts() {}

    /** Writes the charts into {@code dir} with the given file prefix; returns the file names written. */
    public static List<String> write(BenchReport report, Path dir, String prefix) throws IOException {
        List<String> written = new ArrayList<>();
        for (String bench : List.of("CoroutineBench.send", "CoroutineBench.createPrimeClose", "CoroutineBench.throwInto")) {
            CategoryChart chart = new CategoryChartBuilder().width(800).height(450)
                    .title(bench + " (lower is better, log scale)").xAxisTitle("backend, body form").yAxisTitle("ns/op").build();
            chart.getStyler().setYAxisLogarithmic(true);
            chart.getStyler().setLegendVisible(false);
            boolean any = false;
            List<String> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<Double> es = new ArrayList<>();
            for (String b : BenchReport.BACKENDS) {
                for (String form : List.of("machine", "stackful")) {
                    Optional<JmhResult> r = report.find(bench, "backend", b, "form", form);
                    if (r.isPresent() && r.get().score() > 0) {
                        xs.add(b + "\n" + form);
                        ys.add(r.get().score());
                        // a log axis cannot show a bar reaching zero: clamp the lower error bar
                        es.add(Math.min(r.get().error(), r.get().score() * 0.95));
                        any = true;
                    }
                }
            }
            if (any) {
                chart.addSeries("ns/op ± 99.9% error", xs, ys, es);
                double floor = Double.MAX_VALUE;
                for (int i = 0; i < ys.size(); i++) {
                    floor = Math.min(floor, ys.get(i) - es.get(i));
                }
                // XChart bars start at the axis minimum; a log axis needs it set above zero
                chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(floor))));
            }
            if (any) {
                String name = prefix + "-" + bench.substring(bench.indexOf('.') + 1) + ".svg";
                VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(name).toString(),
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                written.add(name);
            }
        }
        if (!report.ratios().isEmpty()) {
            CategoryChart chart = new CategoryChartBuilder().width(1000).height(500)
                    .title("send: backend / raw mechanism (1 = no overhead)").xAxisTitle("").yAxisTitle("ratio").build();
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setXAxisLabelRotation(30);
            List<String> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<Double> es = new ArrayList<>();
            for (BenchReport.Ratio r : report.ratios()) {
                xs.add(r.label().replace(" / ", "\n/ "));
                ys.add(r.value());
                es.add(r.error());
            }
            chart.addSeries("ratio", xs, ys, es);
            String name = prefix + "-ratios.svg";
            VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(name).toString(),
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            written.add(name);
        }
        return written;
    }
}

package org.corotck.reports.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corotck.analysis.Analysis;
import org.corotck.analysis.HeadlineRatio;
import org.corotck.analysis.Series;
import org.corotck.analysis.stats.OrderStatistics;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.statistics.MultiValueCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * SVG charts of one run, drawn with JFreeChart into JFreeSVG, which writes text as {@code <text>}: every fork
 * as a dot and the median as a bar, so that modes show at a glance. One chart of send latency per backend and
 * body form beside the raw mechanisms, one of every headline ratio taken per round (turn by turn in a shared fork).
 */
public final class Charts {
    /** Also write each chart as a PNG beside its SVG, for viewers without SVG. */
    public static final String PNG_PROPERTY = "corotck.charts.png";
    private static final int WIDTH = 900;
    private static final Color FORK = new Color(70, 110, 180, 150);
    private static final Color MEDIAN = new Color(200, 60, 40);

    private Charts() {}

    /** Writes the charts into {@code dir}, named after {@code prefix}; returns the file names written. */
    public static List<String> write(Report report, Path dir, String prefix) throws IOException {
        List<String> written = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (Series s : report.run().series()) {
            if (s.shortName().equals("CoroutineBench.send")) {
                labels.add(s.param("backend") + (s.param("form").isEmpty() ? "" : ", " + s.param("form")));
                values.add(s.forkScores());
                s.reference().filter(r -> !references.contains(r)).ifPresent(references::add);
            }
        }
        for (String r : references) {
            report.run().find(r).ifPresent(s -> {
                labels.add("raw: " + s.key().replaceFirst("^Baselines\\.", ""));
                values.add(s.forkScores());
            });
        }
        if (!labels.isEmpty()) {
            String name = prefix + "-send.svg";
            write(dir.resolve(name), "send round trip: each fork (dot) and the median (bar)", "ns/op, log scale",
                    labels, values, true, Double.NaN);
            written.add(name);
        }
        List<HeadlineRatio> ratios = report.headlineRatios();
        if (!ratios.isEmpty()) {
            List<String> rl = new ArrayList<>();
            List<double[]> rv = new ArrayList<>();
            for (HeadlineRatio r : ratios) {
                rl.add(shortLabel(r));
                rv.add(Analysis.roundRatios(r.of(), r.to()));
            }
            String name = prefix + "-ratios.svg";
            write(dir.resolve(name), "ratios, paired: each round or shared fork (dot) and the median (bar)", "ratio, log scale",
                    rl, rv, true, 1.0);
            written.add(name);
        }
        return written;
    }

    private static String shortLabel(HeadlineRatio r) {
        String of = r.of().shortName().replaceFirst("^CoroutineBench\\.", "") + " "
                + r.of().param("backend") + (r.of().param("form").isEmpty() ? "" : "/" + r.of().param("form"));
        String to = r.to().shortName().equals("CoroutineBench.send") ? "send"
                : r.to().key().replaceFirst("^Baselines\\.", "");
        return of + " ÷ " + to;
    }

    static void write(Path file, String title, String axis, List<String> labels, List<double[]> values, boolean log,
            double marker) throws IOException {
        DefaultMultiValueCategoryDataset forks = new DefaultMultiValueCategoryDataset();
        DefaultCategoryDataset medians = new DefaultCategoryDataset();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < labels.size(); i++) {
            List<Double> vs = new ArrayList<>();
            for (double v : values.get(i)) {
                vs.add(v);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            forks.add(vs, "forks", labels.get(i));
            medians.addValue(OrderStatistics.median(values.get(i)), "median", labels.get(i));
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        // a row's label may take 45% of the width and two lines: by default JFreeChart cuts it at 30% and one line,
        // which lost the raw handoffs' partner and a ratio's denominator
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setMaximumCategoryLabelLines(2);
        ValueAxis range;
        if (log && lo > 0 && hi / lo > 30) {
            LogAxis axisLog = new LogAxis(axis);
            axisLog.setSmallestValue(lo / 2);
            axisLog.setRange(lo / 1.3, hi * 1.3);
            axisLog.setTickUnit(new NumberTickUnit(1)); // a label per decade, minor ticks between
            axisLog.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
            range = axisLog;
        } else {
            // within about a decade and a half a linear axis reads better; it need not start at zero
            NumberAxis linear = new NumberAxis(axis.replace(", log scale", ""));
            linear.setAutoRangeIncludesZero(false);
            linear.setRange(Math.max(0, lo - (hi - lo) * 0.08), hi + (hi - lo) * 0.08 + 1e-9);
            range = linear;
        }
        ScatterRenderer dots = new DotsInOnePath();
        dots.setSeriesPaint(0, FORK);
        dots.setSeriesShape(0, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
        dots.setUseSeriesOffset(false);
        CategoryPlot plot = new CategoryPlot(forks, categories, range, dots);
        LineAndShapeRenderer bars = new LineAndShapeRenderer(false, true);
        bars.setSeriesPaint(0, MEDIAN);
        bars.setSeriesShape(0, new Rectangle2D.Double(-1.5, -8, 3, 16));
        plot.setDataset(1, medians);
        plot.setRenderer(1, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (!Double.isNaN(marker)) {
            ValueMarker one = new ValueMarker(marker, Color.DARK_GRAY, new BasicStroke(1f));
            plot.addRangeMarker(one);
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        int height = 90 + 30 * labels.size(); // room for a label of two lines
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        // a tenth of a pixel is finer than any screen shows; seventeen digits per coordinate doubled the files
        g.setGeomDoubleConverter(Charts::tenths);
        g.setTransformDoubleConverter(Charts::tenths);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        Files.writeString(file, g.getSVGDocument());
        if (Boolean.getBoolean(PNG_PROPERTY)) {
            ChartUtils.saveChartAsPNG(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.svg$", ".png")).toFile(),
                    chart, WIDTH, height);
        }
    }

    /**
     * The forks of one row as a single filled path, a dot drawn once per position in the file's precision.
     * JFreeSVG writes each filled shape as a group with its own style and clip (about 200 bytes a dot), so a run of
     * 24 rounds (48 shared forks a row) made charts of 113 and 146 KB; one path costs about 57 bytes a dot.
     */
    static final class DotsInOnePath extends ScatterRenderer {
        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            if (!getItemVisible(row, column) || !(dataset instanceof MultiValueCategoryDataset values)) {
                return;
            }
            double across = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
            Rectangle2D dot = getItemShape(row, column).getBounds2D();
            boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            Path2D path = new Path2D.Double();
            Set<Long> drawn = new HashSet<>();
            for (Object n : values.getValues(row, column)) {
                double along = rangeAxis.valueToJava2D(((Number) n).doubleValue(), dataArea, plot.getRangeAxisEdge());
                if (drawn.add(Math.round(along * 10))) {
                    double x = horizontal ? along : across;
                    double y = horizontal ? across : along;
                    path.append(new Rectangle2D.Double(x + dot.getX(), y + dot.getY(), dot.getWidth(), dot.getHeight()), false);
                }
            }
            g2.setPaint(getItemPaint(row, column));
            g2.fill(path);
        }
    }

    private static String tenths(double d) {
        return Double.toString(Math.round(d * 10) / 10.0);
    }
}

package badaboum.report;

import badaboum.analysis.KaplanMeier;
import badaboum.language.Messages;
import badaboum.report.SensitivityDesign.FactorSensitivity;
import badaboum.result.DailyMetric;
import badaboum.result.SummaryMetric;
import badaboum.result.SweepLayout;
import badaboum.results.RunTable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts, built with JFreeChart from the tables; {@link Svg} draws them. Titles, axes
 * and tick labels are in the report's language.
 */
final class Charts {
  private final Messages m;
  private final NumberFormat count;
  private final NumberFormat percent;

  Charts(Messages messages) {
    this.m = messages;
    this.count = groups("#,##0");
    this.percent = groups(m.text("chart.ticks.percent"));
  }

  /** A daily metric per arm: the mean as a line, the 5–95% band shaded. */
  JFreeChart daily(
      SweepLayout layout, DailySeries series, DailyMetric metric, String title, String axis) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.18f);
    int s = 0;
    for (int arm = 0; arm < layout.arms().size(); arm++) {
      if (!series.has(arm)) {
        continue;
      }
      YIntervalSeries line = new YIntervalSeries(layout.arms().get(arm), false, false);
      for (int day = 0; day < series.days(); day++) {
        double mean = series.mean(arm, metric, day);
        if (!Double.isNaN(mean)) {
          line.add(day, mean, series.low(arm, metric, day), series.high(arm, metric, day));
        }
      }
      data.addSeries(line);
      renderer.setSeriesPaint(s, ChartStyle.arm(arm));
      renderer.setSeriesFillPaint(s, ChartStyle.arm(arm));
      renderer.setSeriesStroke(s, ChartStyle.LINE);
      s++;
    }
    NumberAxis x = new NumberAxis(m.text("chart.day"));
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setRange(0, Math.max(1, series.days() - 1));
    NumberAxis y = new NumberAxis(axis);
    y.setAutoRangeIncludesZero(metric != DailyMetric.SENTIMENT);
    y.setNumberFormatOverride(metric == DailyMetric.ENGAGEMENT_RATE ? percent : null);
    if (metric != DailyMetric.ENGAGEMENT_RATE && metric != DailyMetric.SENTIMENT) {
      y.setNumberFormatOverride(count);
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    return ChartStyle.chart(title, plot, true);
  }

  /** Kaplan–Meier curves of the programme per arm, as steps from day 0 to the horizon. */
  JFreeChart survival(SweepLayout layout, SurvivalTable table, Scope scope) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYStepRenderer renderer = new XYStepRenderer();
    int s = 0;
    for (int arm = 0; arm < layout.arms().size(); arm++) {
      SurvivalTable.Row row = table.get(scope, arm);
      if (row.curve() == null) {
        continue;
      }
      XYSeries line = new XYSeries(layout.arms().get(arm), false, true);
      line.add(0, 1.0);
      double last = 1.0;
      for (KaplanMeier.Step step : row.curve().steps()) {
        line.add(step.time(), step.survival());
        last = step.survival();
      }
      line.add(table.horizon(scope), last);
      data.addSeries(line);
      renderer.setSeriesPaint(s, ChartStyle.arm(arm));
      renderer.setSeriesStroke(s, ChartStyle.LINE);
      s++;
    }
    renderer.setBaseShapesVisible(false);
    NumberAxis x = new NumberAxis(m.text("chart.day"));
    x.setRange(0, Math.max(1, table.horizon(scope)));
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis y = new NumberAxis(m.text("chart.survival.axis"));
    y.setRange(0, 1.04);
    y.setNumberFormatOverride(groups(m.text("chart.ticks.share")));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    return ChartStyle.chart(m.text("chart.survival"), plot, true);
  }

  /** Box plots of a summary metric over each arm's ok runs. */
  JFreeChart distribution(
      SweepLayout layout, RunTable runs, Scope scope, SummaryMetric metric, String title) {
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
    int s = 0;
    for (int arm = 0; arm < layout.arms().size(); arm++) {
      List<Double> values = new ArrayList<>();
      for (int p = scope.from(); p < scope.to(layout); p++) {
        for (int r = 0; r < layout.replications(); r++) {
          long id = layout.runId(p, r, arm);
          double v = runs.value(metric, id);
          if (runs.ok(id) && !Double.isNaN(v)) {
            values.add(v);
          }
        }
      }
      if (values.isEmpty()) {
        continue;
      }
      data.add(values, layout.arms().get(arm), "");
      renderer.setSeriesPaint(s, ChartStyle.arm(arm));
      s++;
    }
    renderer.setFillBox(true);
    renderer.setMeanVisible(false);
    renderer.setMaximumBarWidth(0.25);
    renderer.setItemMargin(0.3);
    renderer.setUseOutlinePaintForWhiskers(true);
    renderer.setBaseOutlinePaint(ChartStyle.INK);
    renderer.setBaseOutlineStroke(new BasicStroke(2f));
    renderer.setArtifactPaint(ChartStyle.INK);
    CategoryAxis x = new CategoryAxis(null);
    NumberAxis y = new NumberAxis(m.text("metric." + metric.column()));
    y.setNumberFormatOverride(count);
    y.setAutoRangeIncludesZero(true);
    CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return ChartStyle.chart(title, plot, true);
  }

  /**
   * Tornado of total-order Sobol indices with their 95% CI whiskers, the most influential factor on
   * top; null when the entry was not analysed.
   */
  JFreeChart sobolTornado(SensitivityTable.Entry entry, String title, int arm) {
    if (entry.factors().isEmpty()) {
      return null;
    }
    List<FactorSensitivity> sorted = new ArrayList<>(entry.factors());
    sorted.sort(Comparator.comparingDouble(f -> Double.isNaN(f.total()) ? -1 : f.total()));
    String[] names = sorted.stream().map(FactorSensitivity::factor).toArray(String[]::new);
    XYSeries bars = new XYSeries(m.text("chart.sobol.bars"));
    YIntervalSeries whiskers = new YIntervalSeries(m.text("ci95"));
    for (int i = 0; i < sorted.size(); i++) {
      FactorSensitivity f = sorted.get(i);
      double total = Double.isNaN(f.total()) ? 0 : f.total();
      bars.add(i, total);
      if (!Double.isNaN(f.totalCi95Low())) {
        whiskers.add(i, total, f.totalCi95Low(), f.totalCi95High());
      }
    }
    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setSeriesPaint(0, ChartStyle.arm(arm));
    XYErrorRenderer errorRenderer = new XYErrorRenderer();
    errorRenderer.setDrawXError(false);
    errorRenderer.setBaseShapesVisible(false);
    errorRenderer.setBaseLinesVisible(false);
    errorRenderer.setErrorPaint(ChartStyle.INK);
    errorRenderer.setErrorStroke(new BasicStroke(2.5f));
    errorRenderer.setCapLength(14);
    errorRenderer.setSeriesPaint(0, ChartStyle.INK);
    errorRenderer.setSeriesVisibleInLegend(0, false); // the caption says what whiskers are
    SymbolAxis y = new SymbolAxis(null, names);
    y.setGridBandsVisible(false);
    NumberAxis x = new NumberAxis(m.text("chart.sobol.axis"));
    x.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(new XYBarDataset(collection(bars), 0.6), y, x, barRenderer);
    YIntervalSeriesCollection ci = new YIntervalSeriesCollection();
    ci.addSeries(whiskers);
    plot.setDataset(1, ci);
    plot.setRenderer(1, errorRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // whiskers over the bars
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return ChartStyle.chart(title, plot, true);
  }

  /** Morris μ* and σ per factor as paired horizontal bars, the largest μ* on top. */
  JFreeChart morrisTornado(SensitivityTable.Entry entry, String title, int arm) {
    if (entry.factors().isEmpty()) {
      return null;
    }
    List<FactorSensitivity> sorted = new ArrayList<>(entry.factors());
    sorted.sort(Comparator.comparingDouble(FactorSensitivity::muStar).reversed());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (FactorSensitivity f : sorted) {
      data.addValue(f.muStar(), m.text("chart.morris.muStar"), f.factor());
      data.addValue(f.sigma(), m.text("chart.morris.sigma"), f.factor());
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, ChartStyle.arm(arm));
    renderer.setSeriesPaint(1, new Color(0x999999));
    renderer.setItemMargin(0.05);
    CategoryAxis y = new CategoryAxis(null);
    NumberAxis x = new NumberAxis(m.text("chart.morris.axis"));
    CategoryPlot plot = new CategoryPlot(data, y, x, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return ChartStyle.chart(title, plot, true);
  }

  private static XYSeriesCollection collection(XYSeries series) {
    XYSeriesCollection collection = new XYSeriesCollection();
    collection.addSeries(series);
    return collection;
  }

  /** A tick format in the report's language: 12,000 / 12 000. */
  private NumberFormat groups(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(m.locale()));
  }
}

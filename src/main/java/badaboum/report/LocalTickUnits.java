package badaboum.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * JFreeChart's tick sizes (1, 2, 5 times a power of ten), each written with as many decimals as its
 * size needs and in a language's way ({@code -0,005} in French). JFreeChart's own tick labels are
 * in the JVM default locale's, and its locale-aware standard units round to three decimals, so a
 * tick of 0.0005 would read 0.
 */
final class LocalTickUnits implements TickUnitSource {
  private final NumberTickUnitSource sizes = new NumberTickUnitSource(false);
  private final DecimalFormatSymbols symbols;

  LocalTickUnits(Locale locale) {
    this.symbols = DecimalFormatSymbols.getInstance(locale);
  }

  @Override
  public TickUnit getLargerTickUnit(TickUnit unit) {
    return local(sizes.getLargerTickUnit(unit));
  }

  @Override
  public TickUnit getCeilingTickUnit(TickUnit unit) {
    return local(sizes.getCeilingTickUnit(unit));
  }

  @Override
  public TickUnit getCeilingTickUnit(double size) {
    return local(sizes.getCeilingTickUnit(size));
  }

  private TickUnit local(TickUnit unit) {
    int decimals = Math.max(0, BigDecimal.valueOf(unit.getSize()).stripTrailingZeros().scale());
    String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    return new NumberTickUnit(
        unit.getSize(), new DecimalFormat(pattern, symbols), unit.getMinorTickCount());
  }
}

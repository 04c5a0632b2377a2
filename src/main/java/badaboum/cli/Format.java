package badaboum.cli;

import badaboum.language.Messages;

/** Numbers as a person reads them on a terminal, in the command's language: 12,345 / 12 345. */
final class Format {
  private final Messages m;

  Format(Messages messages) {
    this.m = messages;
  }

  String count(double value) {
    return Double.isNaN(value) ? "-" : m.count(Math.round(value));
  }

  String money(double value) {
    return Double.isNaN(value) ? "-" : m.number(value, 0);
  }

  String rate(double perSecond) {
    if (perSecond >= 1e6) {
      return m.format("format.millions", m.number(perSecond / 1e6, 1));
    }
    return m.number(perSecond, 0);
  }

  /** Seconds with one decimal: 12.5 / 12,5. */
  String seconds(double seconds) {
    return m.number(seconds, 1);
  }
}

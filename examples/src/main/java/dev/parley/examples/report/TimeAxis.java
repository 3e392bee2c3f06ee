package dev.parley.examples.report;

import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps days to horizontal positions. A day is drawn as the width it covers, never as a point, so a
 * record dated to a month covers the whole month.
 */
final class TimeAxis {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  final LocalDate first;
  final LocalDate last;
  final double x0;
  final double width;
  private final long days;

  TimeAxis(LocalDate first, LocalDate last, double x0, double width) {
    this.first = first;
    this.last = last.isBefore(first) ? first : last;
    this.x0 = x0;
    this.width = width;
    this.days = ChronoUnit.DAYS.between(this.first, this.last) + 1;
  }

  long days() {
    return days;
  }

  /** The left edge of a day. */
  double x(LocalDate day) {
    long d = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(first, day)));
    return x0 + width * d / days;
  }

  /** The right edge of a day. */
  double xEnd(LocalDate day) {
    return x(day.plusDays(1));
  }

  double x(ReportedDate date) {
    return x(date.start());
  }

  double width(ReportedDate date) {
    return Math.max(1.5, xEnd(date.end()) - x(date.start()));
  }

  /** Days to sample at when drawing a state over time: every day, or fewer on long axes. */
  long step() {
    return Math.max(1, (days + 499) / 500);
  }

  /** Tick days and their labels: days, Mondays, months or years, whichever fits. */
  List<Tick> ticks() {
    List<Tick> out = new ArrayList<>();
    if (days <= 21) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        out.add(new Tick(d, DAY.format(d)));
      }
    } else if (days <= 100) {
      LocalDate d =
          first.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
      for (; !d.isAfter(last); d = d.plusWeeks(1)) {
        out.add(new Tick(d, "W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + DAY.format(d)));
      }
    } else if (days <= 900) {
      LocalDate d = first.withDayOfMonth(1);
      int every = days <= 450 ? 1 : 2;
      for (d = d.isBefore(first) ? d.plusMonths(1) : d; !d.isAfter(last); d = d.plusMonths(every)) {
        out.add(new Tick(d, MONTH.format(d)));
      }
    } else {
      LocalDate d = first.withDayOfYear(1);
      int every = (int) Math.max(1, days / 3650 + 1);
      for (d = d.isBefore(first) ? d.plusYears(1) : d; !d.isAfter(last); d = d.plusYears(every)) {
        out.add(new Tick(d, Integer.toString(d.getYear())));
      }
    }
    return out;
  }

  /** Draws the grid lines and tick labels of the axis between two heights. */
  void draw(Html svg, double top, double bottom) {
    List<Tick> ticks = ticks();
    double minGap = 0;
    double lastLabel = -1e9;
    for (Tick t : ticks) {
      double x = x(t.day);
      svg.empty(
          "line",
          "class",
          "grid",
          "x1",
          Html.num(x),
          "y1",
          Html.num(top),
          "x2",
          Html.num(x),
          "y2",
          Html.num(bottom));
      if (x - lastLabel >= Math.max(minGap, t.label.length() * 6.0 + 6)) {
        svg.element("text", t.label, "class", "tick", "x", Html.num(x + 2), "y", Html.num(top - 4));
        lastLabel = x;
      }
    }
  }

  static final class Tick {
    final LocalDate day;
    final String label;

    Tick(LocalDate day, String label) {
      this.day = day;
      this.label = label;
    }
  }
}

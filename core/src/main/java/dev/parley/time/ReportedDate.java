package dev.parley.time;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.TimeRanges;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A date as reports give it: a day, an ISO week, a month, a year, or a range of days ("over the
 * weekend"), always with its precision.
 *
 * <pre>{@code
 * ReportedDate friday = ReportedDate.parse("2025-05-16");
 * ReportedDate weekend = ReportedDate.parse("2025-05-17/2025-05-18");
 * ReportedDate may = ReportedDate.ofMonth(YearMonth.of(2025, 5));
 * may.contains(friday);           // true
 * friday.isBefore(weekend);       // true: every day of one is before every day of the other
 * }</pre>
 *
 * <p>Every reported date covers the days from {@link #start()} to {@link #end()}, both included.
 * Text forms are ISO 8601: {@code 2025-05-16}, {@code 2025-W20}, {@code 2025-05}, {@code 2025} and
 * {@code 2025-05-16/2025-05-18}; {@link #parse} and {@link #toString} are inverse. Equality is by
 * precision and days. Instances are immutable and thread-safe. The validation rules are listed in
 * {@code docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class ReportedDate implements Comparable<ReportedDate> {
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  ReportedDate() {}

  /**
   * Returns how precisely the date is known.
   *
   * @return the precision, not null
   */
  @Value.Parameter
  public abstract DatePrecision precision();

  /**
   * Returns the first day covered.
   *
   * @return the first day, not null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the last day covered, the same as {@link #start()} for a day.
   *
   * @return the last day, not before the first
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * A single day.
   *
   * @param day the day
   * @return the reported date, not null
   * @throws dev.parley.validation.InvalidValueException ({@code DATE_OUT_OF_RANGE}) if a day it
   *     covers lies outside 0001-01-01 to 9999-12-31
   */
  public static ReportedDate ofDay(LocalDate day) {
    return ImmutableReportedDate.of(DatePrecision.DAY, day, day);
  }

  /**
   * The ISO week (Monday to Sunday) that contains a day.
   *
   * @param anyDay any day of the week
   * @return the reported date, not null
   * @throws dev.parley.validation.InvalidValueException ({@code DATE_OUT_OF_RANGE}) if a day it
   *     covers lies outside 0001-01-01 to 9999-12-31
   */
  public static ReportedDate ofWeekContaining(LocalDate anyDay) {
    Checker c = Checker.of("ReportedDate");
    TimeRanges.check(c, "start", anyDay);
    c.throwIfInvalid();
    LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return ImmutableReportedDate.of(DatePrecision.WEEK, monday, monday.plusDays(6));
  }

  /**
   * A calendar month.
   *
   * @param month the month
   * @return the reported date, not null
   * @throws dev.parley.validation.InvalidValueException ({@code DATE_OUT_OF_RANGE}) if a day it
   *     covers lies outside 0001-01-01 to 9999-12-31
   */
  public static ReportedDate ofMonth(YearMonth month) {
    return ImmutableReportedDate.of(DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return the reported date, not null
   * @throws dev.parley.validation.InvalidValueException ({@code DATE_OUT_OF_RANGE}) if a day it
   *     covers lies outside 0001-01-01 to 9999-12-31
   */
  public static ReportedDate ofYear(Year year) {
    return ImmutableReportedDate.of(
        DatePrecision.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * A range of days, both ends included. A range of one day is a {@link DatePrecision#DAY}.
   *
   * @param start the first day
   * @param end the last day, not before the first
   * @return the reported date, not null
   * @throws dev.parley.validation.InvalidValueException if {@code end} is before {@code start}, or
   *     either lies outside 0001-01-01 to 9999-12-31
   */
  public static ReportedDate between(LocalDate start, LocalDate end) {
    if (start.equals(end)) {
      return ofDay(start);
    }
    return ImmutableReportedDate.of(DatePrecision.RANGE, start, end);
  }

  /**
   * Reads an ISO 8601 day, week, month, year or range of days.
   *
   * @param text such as {@code 2025-05-16}, {@code 2025-W20}, {@code 2025-05}, {@code 2025} or
   *     {@code 2025-05-16/2025-05-18}
   * @return the reported date, not null
   * @throws DateTimeParseException if the text is not one of these forms, or names an impossible
   *     date, or is a range that ends before it starts
   */
  public static ReportedDate parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    LocalDate day = fastDay(s);
    if (day != null) {
      return ofDay(day);
    }
    try {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        String a = s.substring(0, slash);
        String b = s.substring(slash + 1);
        if (!DAY.matcher(a).matches() || !DAY.matcher(b).matches()) {
          throw new DateTimeParseException("a range must be two ISO days joined by /", s, 0);
        }
        LocalDate start = LocalDate.parse(a);
        LocalDate end = LocalDate.parse(b);
        if (end.isBefore(start) || end.equals(start)) {
          throw new DateTimeParseException(
              "a range must end after it starts, was " + s, s, slash + 1);
        }
        return between(start, end);
      }
      if (DAY.matcher(s).matches()) {
        return ofDay(LocalDate.parse(s));
      }
      Matcher week = WEEK.matcher(s);
      if (week.matches()) {
        int year = Integer.parseInt(week.group(1));
        int number = Integer.parseInt(week.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (number < 1 || number > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
          throw new DateTimeParseException("no such ISO week: " + s, s, 6);
        }
        return ofWeekContaining(
            mid.with(IsoFields.WEEK_BASED_YEAR, year)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(DayOfWeek.MONDAY));
      }
      if (MONTH.matcher(s).matches()) {
        return ofMonth(YearMonth.parse(s));
      }
      if (YEAR.matcher(s).matches()) {
        return ofYear(Year.parse(s));
      }
    } catch (java.time.DateTimeException e) {
      if (e instanceof DateTimeParseException p) {
        throw p;
      }
      throw new DateTimeParseException(e.getMessage(), s, 0, e);
    }
    throw new DateTimeParseException(
        "expected an ISO 8601 day, week, month, year or day/day range, was \"" + s + "\"", s, 0);
  }

  /**
   * Reads the common form {@code yyyy-MM-dd} without a regular expression or a formatter; null if
   * the text has another form or names an impossible day, so that {@link #parse} reports it.
   */
  private static @org.jspecify.annotations.Nullable LocalDate fastDay(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int dayOfMonth = digits(s, 8, 10);
    if (year < 0
        || month < 1
        || month > 12
        || dayOfMonth < 1
        || dayOfMonth > 28 && dayOfMonth > month(year, month)) {
      return null;
    }
    return LocalDate.of(year, month, dayOfMonth);
  }

  private static int month(int year, int month) {
    return YearMonth.of(year, month).lengthOfMonth();
  }

  /** The decimal number in {@code s[from, to)}, or -1 if a character is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * Returns the number of days covered.
   *
   * @return one or more
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * Returns whether every day of this date is before every day of another.
   *
   * @param other the other date
   * @return true if this date ends before the other starts
   */
  public boolean isBefore(ReportedDate other) {
    return end().isBefore(other.start());
  }

  /**
   * Returns whether every day of this date is after every day of another.
   *
   * @param other the other date
   * @return true if this date starts after the other ends
   */
  public boolean isAfter(ReportedDate other) {
    return start().isAfter(other.end());
  }

  /**
   * Returns whether this date covers every day of another.
   *
   * @param other the other date
   * @return true if the other lies within this one
   */
  public boolean contains(ReportedDate other) {
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /**
   * Returns whether this date covers a day.
   *
   * @param day the day
   * @return true if the day lies within this date
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * Returns ACLED's {@code time_precision} code.
   *
   * @return 1 for a day, 2 for a week or a range of up to seven days, 3 for a month or a range of
   *     up to 31 days, empty for anything coarser, which ACLED has no code for
   */
  public OptionalInt acledTimePrecision() {
    switch (precision()) {
      case DAY:
        return OptionalInt.of(1);
      case WEEK:
        return OptionalInt.of(2);
      case MONTH:
        return OptionalInt.of(3);
      case RANGE:
        long days = lengthInDays();
        return days <= 7 ? OptionalInt.of(2) : days <= 31 ? OptionalInt.of(3) : OptionalInt.empty();
      default:
        return OptionalInt.empty();
    }
  }

  /**
   * Orders by first day, then last day, then precision.
   *
   * @param other the other date
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(ReportedDate other) {
    int c = start().compareTo(other.start());
    if (c == 0) {
      c = end().compareTo(other.end());
    }
    return c != 0 ? c : precision().compareTo(other.precision());
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("ReportedDate");
    TimeRanges.check(c, "start", start());
    TimeRanges.check(c, "end", end());
    c.check(
            !end().isBefore(start()),
            "DATE_RANGE_ORDER",
            "end",
            "a date range must not end before it starts, was %s/%s",
            start(),
            end())
        .throwIfInvalid();
  }

  /**
   * Returns the ISO 8601 form that {@link #parse} reads.
   *
   * @return such as {@code 2025-05-16}, {@code 2025-W20}, {@code 2025-05}, {@code 2025} or {@code
   *     2025-05-16/2025-05-18}
   */
  @Override
  public String toString() {
    switch (precision()) {
      case DAY:
        return start().toString();
      case WEEK:
        return String.format(
            "%04d-W%02d",
            start().get(IsoFields.WEEK_BASED_YEAR), start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return YearMonth.from(start()).format(DateTimeFormatter.ofPattern("uuuu-MM"));
      case YEAR:
        return String.format("%04d", start().getYear());
      default:
        return start() + "/" + end();
    }
  }
}

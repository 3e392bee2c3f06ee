package dev.parley.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The span of time Parley's values live in: days from 0001-01-01 to 9999-12-31 (the four-digit
 * years of ISO 8601 and of the JSON format), instants whose local date lies in that span, and
 * durations no longer than the span itself. Within these bounds every derived computation (an
 * expiry, a window's end, a week around a day) stays representable by {@code java.time}, so
 * building a value never fails with anything but an {@code InvalidValueException}.
 */
public final class TimeRanges {
  /** The first supported day. */
  public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

  /** The last supported day. */
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  /** The longest supported duration: the whole supported span of days. */
  public static final Duration LONGEST =
      Duration.ofDays(ChronoUnit.DAYS.between(EARLIEST, LATEST) + 1);

  /** {@link #LONGEST} negated, kept: {@code Duration.negated()} computes in {@code BigDecimal}. */
  private static final Duration LONGEST_NEGATED = LONGEST.negated();

  /** The rule code of a day outside the supported span. */
  public static final String DATE_RULE = "DATE_OUT_OF_RANGE";

  /** The rule code of an instant outside the supported span. */
  public static final String TIME_RULE = "TIME_OUT_OF_RANGE";

  /** The rule code of a duration longer than the supported span. */
  public static final String DURATION_RULE = "DURATION_OUT_OF_RANGE";

  private TimeRanges() {}

  /**
   * Returns whether a day lies in the supported span.
   *
   * @param day the day
   * @return true from 0001-01-01 to 9999-12-31
   */
  public static boolean contains(LocalDate day) {
    return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
  }

  /**
   * Returns whether an instant's local date lies in the supported span.
   *
   * @param instant the instant
   * @return true if its date, in its own zone, is supported
   */
  public static boolean contains(ZonedDateTime instant) {
    return contains(instant.toLocalDate());
  }

  /**
   * Returns whether a duration is no longer, either way, than the supported span.
   *
   * @param duration the duration
   * @return true if its length is at most {@link #LONGEST}
   */
  public static boolean contains(Duration duration) {
    return duration.compareTo(LONGEST) <= 0 && duration.compareTo(LONGEST_NEGATED) >= 0;
  }

  /**
   * Records {@link #DATE_RULE} unless a day is supported.
   *
   * @param c the checker
   * @param path the attribute path
   * @param day the day
   */
  public static void check(Checker c, String path, LocalDate day) {
    if (!contains(day)) {
      c.fail(DATE_RULE, path, "a day lies between %s and %s, was %s", EARLIEST, LATEST, day);
    }
  }

  /**
   * Records {@link #TIME_RULE} unless an instant is supported.
   *
   * @param c the checker
   * @param path the attribute path
   * @param instant the instant
   */
  public static void check(Checker c, String path, ZonedDateTime instant) {
    if (!contains(instant)) {
      c.fail(
          TIME_RULE,
          path,
          "an instant falls on a day between %s and %s, was %s",
          EARLIEST,
          LATEST,
          instant);
    }
  }

  /**
   * Records {@link #DURATION_RULE} unless a duration is supported.
   *
   * @param c the checker
   * @param path the attribute path
   * @param duration the duration
   */
  public static void check(Checker c, String path, Duration duration) {
    if (!contains(duration)) {
      c.fail(
          DURATION_RULE, path, "a duration is at most %s days, was %s", LONGEST.toDays(), duration);
    }
  }

  /**
   * Records {@link #DURATION_RULE} unless an optional duration is absent or supported.
   *
   * @param c the checker
   * @param path the attribute path
   * @param duration the optional duration
   */
  public static void checkIfPresent(Checker c, String path, Optional<Duration> duration) {
    if (duration.isPresent()) {
      check(c, path, duration.get());
    }
  }

  /**
   * Returns whether an optional duration is absent or, when present, longer than zero.
   *
   * @param duration the optional duration
   * @return true if the duration is absent or positive
   */
  public static boolean absentOrPositive(Optional<Duration> duration) {
    return duration.isEmpty() || (!duration.get().isNegative() && !duration.get().isZero());
  }
}

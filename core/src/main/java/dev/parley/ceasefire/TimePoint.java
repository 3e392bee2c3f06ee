package dev.parley.ceasefire;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.Checker;
import dev.parley.internal.TimeRanges;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A point in time as reports give it: either an instant with its time zone ("18:00 Moscow time on
 * 19 April") or a date with its precision ("on 12 May", "in the week of 19 May").
 *
 * <pre>{@code
 * TimePoint start = TimePoint.of(ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, ZoneId.of("Europe/Moscow")));
 * TimePoint day = TimePoint.parse("2025-05-12");
 * day.hasOccurredBy(ZonedDateTime.of(2025, 5, 12, 9, 0, 0, 0, ZoneId.of("Europe/Kyiv")));   // true
 * }</pre>
 *
 * <p><b>Reading dates against instants.</b> A date-only point counts as having occurred from the
 * start of the last day it covers, read in the time zone of the instant it is compared with: by
 * then it has certainly occurred, on a day-level reading. An instant has occurred at and after
 * itself. Time zones are always explicit: an instant is a {@link ZonedDateTime}, never a local
 * date-time. The same rule serves every query that compares a date with an instant ({@code
 * docs/time.md}). Text forms are those of {@link ZonedDateTime#toString()} and {@link
 * ReportedDate#toString()}, and {@link #parse} reads both. Equality compares the zoned date-time
 * (zone included) or the reported date. Instances are immutable and thread-safe.
 */
public final class TimePoint {
  private static final long SECONDS_PER_DAY = 86_400L;

  private final Optional<ZonedDateTime> dateTime;
  private final Optional<ReportedDate> date;

  private TimePoint(Optional<ZonedDateTime> dateTime, Optional<ReportedDate> date) {
    this.dateTime = dateTime;
    this.date = date;
  }

  /**
   * An instant with its time zone.
   *
   * @param dateTime the zoned date-time, not null
   * @return the point, not null
   * @throws InvalidValueException ({@code TIME_OUT_OF_RANGE}) if its date lies outside 0001-01-01
   *     to 9999-12-31
   */
  public static TimePoint of(ZonedDateTime dateTime) {
    Checker c = Checker.of("TimePoint");
    TimeRanges.check(c, "dateTime", dateTime);
    c.throwIfInvalid();
    return new TimePoint(Optional.of(dateTime), Optional.empty());
  }

  /**
   * A date with its precision.
   *
   * @param date the reported date, not null
   * @return the point, not null
   */
  public static TimePoint of(ReportedDate date) {
    return new TimePoint(Optional.empty(), Optional.of(date));
  }

  /**
   * A single day.
   *
   * @param day the day, not null
   * @return the point, not null
   */
  public static TimePoint ofDay(LocalDate day) {
    return of(ReportedDate.ofDay(requireNonNull(day, "day")));
  }

  /**
   * Reads a zoned ISO 8601 date-time (with an offset, optionally a region such as {@code
   * 2025-04-19T18:00+03:00[Europe/Moscow]}) or any form {@link ReportedDate#parse} reads.
   *
   * @param text the text, not null
   * @return the point, not null
   * @throws DateTimeParseException if the text is neither form; a date-time without an offset or
   *     zone is rejected, since its instant is unknown
   */
  public static TimePoint parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    if (s.indexOf('T') >= 0) {
      return of(ZonedDateTime.parse(s));
    }
    return of(ReportedDate.parse(s));
  }

  /**
   * Returns the instant with its zone, when this point is one.
   *
   * @return the zoned date-time, or empty for a date-only point
   */
  public Optional<ZonedDateTime> dateTime() {
    return dateTime;
  }

  /**
   * Returns the date, when this point is known only to a date.
   *
   * @return the reported date, or empty for an instant
   */
  public Optional<ReportedDate> date() {
    return date;
  }

  /**
   * Returns whether this point is an instant with its zone.
   *
   * @return true for an instant, false for a date
   */
  public boolean isInstant() {
    return dateTime.isPresent();
  }

  /**
   * Returns whether this point has occurred by a given instant (see the class comment for how dates
   * are read).
   *
   * @param at the instant, with the zone in which dates are read, not null
   * @return true if an instant is at or before {@code at}, or the last day of a date is on or
   *     before {@code at}'s local date
   */
  public boolean hasOccurredBy(ZonedDateTime at) {
    requireNonNull(at, "at");
    if (dateTime.isPresent()) {
      return !dateTime.get().toInstant().isAfter(at.toInstant());
    }
    return !date.orElseThrow().end().isAfter(at.toLocalDate());
  }

  /**
   * Returns whether this point has occurred by another point. A date-only {@code at} stands for the
   * start of its last day, read in this point's zone when this point is an instant.
   *
   * @param at the other point, not null
   * @return true if this point has occurred by then
   */
  public boolean hasOccurredBy(TimePoint at) {
    requireNonNull(at, "at");
    if (at.dateTime.isPresent()) {
      return hasOccurredBy(at.dateTime.get());
    }
    LocalDate last = at.date.orElseThrow().end();
    if (dateTime.isPresent()) {
      return hasOccurredBy(last.atStartOfDay(dateTime.get().getZone()));
    }
    return !date.orElseThrow().end().isAfter(last);
  }

  /**
   * Returns whether this point is certainly before another: every moment it may stand for is before
   * every moment the other may stand for. An instant is compared with a date by its local date in
   * its own zone.
   *
   * @param other the other point, not null
   * @return true if this point is certainly before the other
   */
  public boolean isBefore(TimePoint other) {
    requireNonNull(other, "other");
    if (dateTime.isPresent() && other.dateTime.isPresent()) {
      return dateTime.get().toInstant().isBefore(other.dateTime.get().toInstant());
    }
    if (dateTime.isPresent()) {
      return dateTime.get().toLocalDate().isBefore(other.date.orElseThrow().start());
    }
    ReportedDate mine = date.orElseThrow();
    if (other.dateTime.isPresent()) {
      return mine.end().isBefore(other.dateTime.get().toLocalDate());
    }
    return mine.isBefore(other.date.orElseThrow());
  }

  /**
   * Returns the point a duration later. An instant moves by the exact duration; a date becomes the
   * single day that many days (rounded up) after its last day, so that the result has certainly
   * been reached once the duration has elapsed.
   *
   * @param duration the duration, zero or more, not null
   * @return the later point, not null
   * @throws IllegalArgumentException if the duration is negative
   * @throws InvalidValueException ({@code DURATION_OUT_OF_RANGE}, {@code TIME_OUT_OF_RANGE} or
   *     {@code DATE_OUT_OF_RANGE}) if the duration or the later point lies beyond the supported
   *     span, 0001-01-01 to 9999-12-31
   */
  public TimePoint plus(Duration duration) {
    requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must be zero or more, was " + duration);
    }
    Checker c = Checker.of("TimePoint");
    TimeRanges.check(c, "duration", duration);
    c.throwIfInvalid();
    if (dateTime.isPresent()) {
      return of(dateTime.get().plus(duration));
    }
    long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    long days = (seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY;
    return ofDay(date.orElseThrow().end().plusDays(days));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimePoint p && dateTime.equals(p.dateTime) && date.equals(p.date);
  }

  @Override
  public int hashCode() {
    return dateTime.hashCode() * 31 + date.hashCode();
  }

  /**
   * Returns the ISO 8601 form that {@link #parse} reads.
   *
   * @return such as {@code 2025-04-19T18:00+03:00[Europe/Moscow]} or {@code 2025-05-12}
   */
  @Override
  public String toString() {
    return dateTime.map(Object::toString).orElseGet(() -> date.orElseThrow().toString());
  }
}

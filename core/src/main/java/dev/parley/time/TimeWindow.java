package dev.parley.time;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.TimeRanges;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A window of time with explicit time zones, open-ended or closed, such as a truce "from 18:00
 * Moscow time on 19 April to 00:00 on 21 April".
 *
 * <pre>{@code
 * ZoneId moscow = ZoneId.of("Europe/Moscow");
 * TimeWindow easterTruce = TimeWindow.of(
 *     ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, moscow),
 *     ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, moscow));
 * easterTruce.duration();   // PT30H
 * }</pre>
 *
 * <p>The start is included and the end excluded. Equality compares the zoned date-times, zones
 * included. Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class TimeWindow {
  TimeWindow() {}

  /**
   * Returns the start, with its time zone.
   *
   * @return the start, included
   */
  @Value.Parameter
  public abstract ZonedDateTime start();

  /**
   * Returns the end, with its time zone.
   *
   * @return the end, excluded, or empty for an open-ended window
   */
  @Value.Parameter
  public abstract Optional<ZonedDateTime> end();

  /**
   * A closed window.
   *
   * @param start the start, included
   * @param end the end, excluded, after the start
   * @return the window, not null
   * @throws dev.parley.validation.InvalidValueException if the end is not after the start
   */
  public static TimeWindow of(ZonedDateTime start, ZonedDateTime end) {
    return ImmutableTimeWindow.of(start, Optional.of(end));
  }

  /**
   * A closed window given by its start and duration; the end is in the start's time zone.
   *
   * @param start the start, included
   * @param duration the length, positive
   * @return the window, not null
   * @throws dev.parley.validation.InvalidValueException if the duration is not positive, or the
   *     start or duration lies outside the supported span (0001-01-01 to 9999-12-31)
   */
  public static TimeWindow of(ZonedDateTime start, Duration duration) {
    Checker c = Checker.of("TimeWindow");
    TimeRanges.check(c, "start", start);
    TimeRanges.check(c, "end", duration);
    c.throwIfInvalid();
    return of(start, start.plus(duration));
  }

  /**
   * An open-ended window.
   *
   * @param start the start, included
   * @return the window, not null
   */
  public static TimeWindow startingAt(ZonedDateTime start) {
    return ImmutableTimeWindow.of(start, Optional.empty());
  }

  /**
   * Returns the length of a closed window.
   *
   * @return the duration, or empty for an open-ended window
   */
  public Optional<Duration> duration() {
    return end().map(e -> Duration.between(start(), e));
  }

  /**
   * Returns whether an instant lies in the window.
   *
   * @param instant the instant
   * @return true if it is at or after the start and before the end
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start().toInstant())
        && end().map(e -> instant.isBefore(e.toInstant())).orElse(true);
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("TimeWindow");
    TimeRanges.check(c, "start", start());
    if (end().isPresent()) {
      TimeRanges.check(c, "end", end().get());
    }
    c.check(
            end().isEmpty() || end().get().toInstant().isAfter(start().toInstant()),
            "WINDOW_END_BEFORE_START",
            "end",
            "a window must end after it starts, was %s to %s",
            start(),
            end())
        .throwIfInvalid();
  }

  /** Returns {@code start/end} in ISO 8601, or {@code start/..} when open-ended. */
  @Override
  public String toString() {
    return start() + "/" + end().map(Object::toString).orElse("..");
  }
}

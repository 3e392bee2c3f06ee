package dev.parley.ceasefire;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Whether a recorded start and end can be a declared duration apart. Package-private. */
final class TermCheck {
  private TermCheck() {}

  /**
   * Returns whether the time from {@code start} to {@code end} can lie within {@code [shortest,
   * longest]}. Two instants are compared exactly, or by the wall clock of the start's zone (so that
   * "30 days from midnight to midnight" fits across a change to or from summer time). Otherwise the
   * comparison is on days: a date stands for any moment of the days it covers, and an instant for
   * any moment of its local date in its own zone, so the time between them is possibly as short as
   * from the end of the last start day to the start of the first end day, and as long as from the
   * start of the first start day to the end of the last end day.
   */
  static boolean fits(TimePoint start, TimePoint end, Duration shortest, Duration longest) {
    if (start.isInstant() && end.isInstant()) {
      ZonedDateTime from = start.dateTime().get();
      ZonedDateTime to = end.dateTime().get();
      Duration exact = Duration.between(from.toInstant(), to.toInstant());
      Duration wallClock =
          Duration.between(
              from.toLocalDateTime(), to.withZoneSameInstant(from.getZone()).toLocalDateTime());
      return within(exact, shortest, longest) || within(wallClock, shortest, longest);
    }
    long most = ChronoUnit.DAYS.between(first(start), last(end)) + 1;
    long least = ChronoUnit.DAYS.between(last(start), first(end)) - 1;
    return Duration.ofDays(most).compareTo(shortest) >= 0
        && Duration.ofDays(least).compareTo(longest) <= 0;
  }

  private static boolean within(Duration d, Duration shortest, Duration longest) {
    return d.compareTo(shortest) >= 0 && d.compareTo(longest) <= 0;
  }

  private static LocalDate first(TimePoint p) {
    return p.dateTime().map(t -> t.toLocalDate()).orElseGet(() -> p.date().get().start());
  }

  private static LocalDate last(TimePoint p) {
    return p.dateTime().map(t -> t.toLocalDate()).orElseGet(() -> p.date().get().end());
  }
}

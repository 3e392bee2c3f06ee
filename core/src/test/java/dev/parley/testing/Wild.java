package dev.parley.testing;

import dev.parley.estimate.Estimate;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Arbitrary attribute values for building values with no regard to their rules: negative, zero,
 * extreme and reversed numbers, durations, dates and windows, drawn from one seeded random source.
 * The property tests that use it check that building a value either succeeds or fails with an
 * {@code InvalidValueException}, never with any other exception.
 */
public final class Wild {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Kyiv"),
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("America/Adak"));

  private final SplittableRandom r;

  /**
   * Starts a source of arbitrary values.
   *
   * @param seed the seed
   */
  public Wild(long seed) {
    this.r = new SplittableRandom(seed);
  }

  /**
   * Returns true with probability one in {@code n}.
   *
   * @param n the odds
   * @return the coin
   */
  public boolean oneIn(int n) {
    return r.nextInt(n) == 0;
  }

  /**
   * Returns a whole number from zero up to, but not including, {@code n}.
   *
   * @param n the bound
   * @return the number
   */
  public int below(int n) {
    return r.nextInt(n);
  }

  /**
   * Picks one of the given values.
   *
   * @param values the values
   * @param <T> their type
   * @return one of them
   */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[r.nextInt(values.length)];
  }

  /**
   * Picks a constant of an enum.
   *
   * @param type the enum class
   * @param <E> the enum
   * @return one of its constants
   */
  public <E extends Enum<E>> E pick(Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  /**
   * A count: negative, zero, small, large or extreme.
   *
   * @return the count
   */
  public long count() {
    switch (r.nextInt(8)) {
      case 0:
        return pick(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 1, Integer.MAX_VALUE + 1L);
      case 1:
        return -1 - r.nextInt(1000);
      case 2:
        return 0;
      default:
        return r.nextInt(2000);
    }
  }

  /**
   * A duration: negative, zero, a second, hours, days, centuries or the largest there is.
   *
   * @return the duration
   */
  public Duration duration() {
    switch (r.nextInt(9)) {
      case 0:
        return Duration.ofHours(-1 - r.nextInt(1000));
      case 1:
        return Duration.ZERO;
      case 2:
        return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
      case 3:
        return Duration.ofSeconds(Long.MIN_VALUE);
      case 4:
        return Duration.ofDays(365L * (100 + r.nextInt(20_000)));
      case 5:
        return Duration.ofNanos(1 + r.nextInt(1000));
      default:
        return Duration.ofHours(1 + r.nextInt(24 * 60));
    }
  }

  /**
   * A day near May 2025, moved by centuries or to the ends of the calendar now and then.
   *
   * @return the day
   */
  public LocalDate day() {
    switch (r.nextInt(10)) {
      case 0:
        return pick(
            LocalDate.MIN,
            LocalDate.MAX,
            LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31),
            LocalDate.of(-1, 12, 31),
            LocalDate.of(10_000, 1, 1),
            LocalDate.EPOCH);
      case 1:
        return LocalDate.of(2025, 5, 16).plusYears(100L * (r.nextInt(41) - 20));
      default:
        return LocalDate.of(2025, 5, 16).plusDays(r.nextInt(120) - 60);
    }
  }

  /**
   * A reported date of any precision around {@link #day()}, sometimes reversed; building it may
   * fail, which is the caller's to catch.
   *
   * @return the date
   */
  public ReportedDate date() {
    LocalDate d = day();
    switch (r.nextInt(6)) {
      case 0:
        return ReportedDate.ofWeekContaining(d);
      case 1:
        return ReportedDate.ofMonth(YearMonth.from(d));
      case 2:
        return ReportedDate.ofYear(Year.from(d));
      case 3:
        return ReportedDate.between(d, day());
      default:
        return ReportedDate.ofDay(d);
    }
  }

  /**
   * An instant around {@link #day()} in one of a few zones, at the ends of time now and then.
   *
   * @return the instant
   */
  public ZonedDateTime instant() {
    if (oneIn(15)) {
      return pick(
          ZonedDateTime.of(java.time.LocalDateTime.MAX, ZoneId.of("UTC")),
          ZonedDateTime.of(java.time.LocalDateTime.MIN, ZoneId.of("UTC")));
    }
    return day().atStartOfDay(pick(ZONES.toArray(new ZoneId[0]))).plusMinutes(r.nextInt(24 * 60));
  }

  /**
   * An estimate of any kind, with bounds in any order.
   *
   * @return the estimate
   */
  public Estimate estimate() {
    switch (r.nextInt(7)) {
      case 0:
        return Estimate.unknown();
      case 5:
        return Estimate.about(count());
      case 6:
        return Estimate.about(count(), count());
      case 1:
        return Estimate.atLeast(count());
      case 2:
        return Estimate.range(count(), count());
      case 3:
        return Estimate.range(count(), count(), count());
      default:
        return Estimate.exact(count());
    }
  }

  /**
   * One of a few party ids.
   *
   * @return the id
   */
  public PartyId party() {
    return PartyId.of(pick("ru", "ua", "tr", "ae", "icrc", "ua:zelensky", "ru:medinsky"));
  }

  /**
   * One of a few place ids.
   *
   * @return the id
   */
  public PlaceId place() {
    return PlaceId.of(pick("ua:kyiv", "tr:istanbul", "ua:sumy", "ru:kursk"));
  }

  /**
   * One of a few record ids.
   *
   * @param prefix the record type's prefix
   * @return the id
   */
  public RecordId id(String prefix) {
    return RecordId.of(prefix + ":" + r.nextInt(4));
  }

  /**
   * Zero to two statements by arbitrary sources, some published on arbitrary days.
   *
   * @return the statements
   */
  public List<Statement> statements() {
    int n = r.nextInt(3);
    Statement[] out = new Statement[n];
    for (int i = 0; i < n; i++) {
      Source.Builder s = Source.builder().speaker(party());
      if (oneIn(2)) {
        s.published(date());
      }
      out[i] = Statement.of(s.build(), pick(Stance.class));
    }
    return List.of(out);
  }
}

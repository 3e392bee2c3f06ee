package dev.parley.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.testing.CeasefireGen;
import dev.parley.testing.Laws;
import dev.parley.testing.VocabularyGen;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Reading instants and dates against each other. */
class TimePointTest {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  @Test
  void dateOccursFromTheStartOfItsLastDayInTheQueryZone() {
    TimePoint weekend = TimePoint.parse("2025-05-17/2025-05-18");
    assertThat(weekend.hasOccurredBy(ZonedDateTime.of(2025, 5, 17, 23, 59, 0, 0, MOSCOW)))
        .isFalse();
    assertThat(weekend.hasOccurredBy(ZonedDateTime.of(2025, 5, 18, 0, 0, 0, 0, MOSCOW))).isTrue();
  }

  @Test
  void instantOccursAtItself() {
    ZonedDateTime t = ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, MOSCOW);
    assertThat(TimePoint.of(t).hasOccurredBy(t.withZoneSameInstant(ZoneId.of("UTC")))).isTrue();
    assertThat(TimePoint.of(t).hasOccurredBy(t.minusNanos(1))).isFalse();
  }

  @Test
  void mixedComparisonsUseLocalDates() {
    TimePoint evening = TimePoint.of(ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, MOSCOW));
    assertThat(evening.isBefore(TimePoint.parse("2025-04-20"))).isTrue();
    assertThat(evening.isBefore(TimePoint.parse("2025-04-19"))).isFalse();
    assertThat(TimePoint.parse("2025-04-18").isBefore(evening)).isTrue();
    assertThat(TimePoint.parse("2025-04").isBefore(evening)).isFalse();
    assertThat(evening.hasOccurredBy(TimePoint.parse("2025-04-20"))).isTrue();
    assertThat(TimePoint.parse("2025-04-19").hasOccurredBy(evening)).isTrue();
  }

  @Test
  void addingADurationToADateRoundsUpToWholeDays() {
    assertThat(TimePoint.parse("2025-05-12").plus(Duration.ofDays(30)))
        .isEqualTo(TimePoint.parse("2025-06-11"));
    assertThat(TimePoint.parse("2025-05-12").plus(Duration.ofHours(30)))
        .isEqualTo(TimePoint.parse("2025-05-14"));
    assertThatThrownBy(() -> TimePoint.parse("2025-05-12").plus(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsDateTimeWithoutZone() {
    assertThatThrownBy(() -> TimePoint.parse("2025-04-19T18:00"))
        .isInstanceOf(DateTimeParseException.class);
    assertThat(TimePoint.parse("2025-04-19T18:00+03:00[Europe/Moscow]").dateTime()).isPresent();
  }

  @Test
  void parseReadsWhatToStringWrites() {
    Laws.qt()
        .forAll(CeasefireGen.timePoints())
        .checkAssert(p -> assertThat(TimePoint.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void anInstantHasOccurredByEveryLaterInstant() {
    Laws.qt()
        .forAll(
            VocabularyGen.zonedDateTimes(),
            integers().between(0, 100_000),
            VocabularyGen.zonedDateTimes())
        .checkAssert(
            (t, minutes, zoneSource) ->
                assertThat(
                        TimePoint.of(t)
                            .hasOccurredBy(
                                t.plusMinutes(minutes).withZoneSameInstant(zoneSource.getZone())))
                    .isTrue());
  }
}

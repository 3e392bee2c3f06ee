package dev.parley.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.testing.VocabularyGen;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final ZonedDateTime START = ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, MOSCOW);
  private static final ZonedDateTime END = ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, MOSCOW);

  @Test
  void easterTruceRunsThirtyHoursInMoscowTime() {
    TimeWindow truce = TimeWindow.of(START, END);
    assertThat(truce.duration()).contains(Duration.ofHours(30));
    assertThat(truce.contains(START.toInstant())).isTrue();
    assertThat(truce.contains(END.toInstant())).isFalse();
    assertThat(truce.contains(START.minusSeconds(1).toInstant())).isFalse();
    assertThat(truce.toString())
        .isEqualTo("2025-04-19T18:00+03:00[Europe/Moscow]/2025-04-21T00:00+03:00[Europe/Moscow]");
    assertThat(TimeWindow.of(START, Duration.ofHours(30))).isEqualTo(truce);
  }

  @Test
  void openEndedWindowContainsEverythingAfterItsStart() {
    TimeWindow open = TimeWindow.startingAt(START);
    assertThat(open.duration()).isEmpty();
    assertThat(open.contains(START.plusYears(5).toInstant())).isTrue();
    assertThat(open.toString()).endsWith("/..");
  }

  @Test
  void rejectsWindowEndingAtOrBeforeItsStart() {
    for (ZonedDateTime end :
        List.of(START, START.minusHours(1), START.withZoneSameInstant(ZoneId.of("UTC")))) {
      assertThatThrownBy(() -> TimeWindow.of(START, end))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.ruleCodes()).containsExactly("WINDOW_END_BEFORE_START"));
    }
    assertThatThrownBy(() -> TimeWindow.of(START, Duration.ZERO))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void generatedWindowsContainTheirStart() {
    Laws.qt().forAll(VocabularyGen.timeWindows()).check(w -> w.contains(w.start().toInstant()));
  }

  @Test
  void valueContracts() {
    ValueContract.check(
        TimeWindow.class,
        List.of(TimeWindow.of(START, END), TimeWindow.of(START, END)),
        List.of(TimeWindow.startingAt(START)));
  }
}

package dev.parley.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.testing.VocabularyGen;
import dev.parley.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportedDateTest {
  @ParameterizedTest
  @CsvSource({
    "2025-05-16, DAY, 2025-05-16, 2025-05-16, 1",
    "2025-W20, WEEK, 2025-05-12, 2025-05-18, 2",
    "2020-W53, WEEK, 2020-12-28, 2021-01-03, 2",
    "2025-05, MONTH, 2025-05-01, 2025-05-31, 3",
    "2024-02, MONTH, 2024-02-01, 2024-02-29, 3",
    "2025-05-17/2025-05-18, RANGE, 2025-05-17, 2025-05-18, 2",
    "2025-05-01/2025-05-20, RANGE, 2025-05-01, 2025-05-20, 3",
  })
  void parsesIsoFormsWithPrecision(
      String text, DatePrecision precision, LocalDate start, LocalDate end, int acled) {
    ReportedDate d = ReportedDate.parse(text);
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d.start()).isEqualTo(start);
    assertThat(d.end()).isEqualTo(end);
    assertThat(d.acledTimePrecision()).hasValue(acled);
    assertThat(d.toString()).isEqualTo(text);
  }

  @Test
  void yearsAndLongRangesHaveNoAcledCode() {
    assertThat(ReportedDate.parse("2025").acledTimePrecision()).isEmpty();
    assertThat(ReportedDate.parse("2025").lengthInDays()).isEqualTo(365);
    assertThat(ReportedDate.parse("2025-01-01/2025-03-01").acledTimePrecision()).isEmpty();
    assertThat(ReportedDate.ofYear(Year.of(2024)).end()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2025-5-16",
        "2025-13",
        "2025-02-30",
        "2025-W00",
        "2025-W53",
        "16.05.2025",
        "2025-05-18/2025-05-17",
        "2025-05-16/2025-05-16",
        "2025-05/2025-06",
        "25",
        "2025-05-16T10:00"
      })
  void rejectsTextThatIsNotAReportedDate(String text) {
    assertThatThrownBy(() -> ReportedDate.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void rejectsRangeEndingBeforeItStarts() {
    assertThatThrownBy(
            () -> ReportedDate.between(LocalDate.of(2025, 5, 18), LocalDate.of(2025, 5, 17)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("DATE_RANGE_ORDER");
              assertThat(e.violations().get(0).message())
                  .isEqualTo(
                      "a date range must not end before it starts, was 2025-05-18/2025-05-17");
            });
  }

  @Test
  void oneDayRangeIsADay() {
    LocalDate friday = LocalDate.of(2025, 5, 23);
    assertThat(ReportedDate.between(friday, friday)).isEqualTo(ReportedDate.ofDay(friday));
  }

  @Test
  void comparesByCoverage() {
    ReportedDate friday = ReportedDate.parse("2025-05-16");
    ReportedDate weekend = ReportedDate.parse("2025-05-17/2025-05-18");
    ReportedDate may = ReportedDate.ofMonth(YearMonth.of(2025, 5));
    assertThat(friday.isBefore(weekend)).isTrue();
    assertThat(weekend.isAfter(friday)).isTrue();
    assertThat(may.isBefore(weekend)).isFalse();
    assertThat(may.isAfter(weekend)).isFalse();
    assertThat(may.contains(weekend)).isTrue();
    assertThat(weekend.contains(may)).isFalse();
    assertThat(may.contains(LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(List.of(may, weekend, friday).stream().sorted())
        .containsExactly(may, friday, weekend);
  }

  @Test
  void parseAndFormatAreInverse() {
    Laws.qt()
        .forAll(VocabularyGen.reportedDates())
        .checkAssert(
            d -> {
              ReportedDate back = ReportedDate.parse(d.toString());
              assertThat(back).isEqualTo(d);
              assertThat(back.toString()).isEqualTo(d.toString());
              assertThat(d.lengthInDays()).isPositive();
              assertThat(d.contains(d)).isTrue();
            });
  }

  @Test
  void orderIsConsistentWithEquals() {
    Laws.qt()
        .forAll(VocabularyGen.reportedDates(), VocabularyGen.reportedDates())
        .check(
            (a, b) ->
                (a.compareTo(b) == 0) == a.equals(b)
                    && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }

  @Test
  void valueContracts() {
    ValueContract.check(
        ReportedDate.class,
        List.of(ReportedDate.parse("2025-05"), ReportedDate.ofMonth(YearMonth.of(2025, 5))),
        List.of(ReportedDate.parse("2025-05-01/2025-05-31")),
        List.of(ReportedDate.parse("2025-05-01")));
  }
}

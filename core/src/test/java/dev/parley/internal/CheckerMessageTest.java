package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.validation.Violation;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A check passes an optional attribute itself, and the checker writes it into a message only when
 * the rule is broken: as its value, or as nothing when it is empty.
 */
class CheckerMessageTest {

  @Test
  void writesAnOptionalArgumentAsItsValueOrAsNothing() {
    Checker c = Checker.of("Test");
    c.check(
        false,
        "RULE",
        "duration",
        "was unknown with %s %s",
        Optional.of(Duration.ofHours(2)),
        Optional.empty());
    assertThat(c.violations())
        .extracting(Violation::message)
        .containsExactly("was unknown with PT2H ");
  }

  @Test
  void aHoldingRuleRecordsNothing() {
    Checker c = Checker.of("Test");
    c.check(true, "RULE", "duration", "a duration must be positive, was %s", Optional.empty());
    assertThat(c.isValid()).isTrue();
  }

  @Test
  void blankAndPositiveOptionalsAreJudgedOnlyWhenPresent() {
    assertThat(Checker.absentOrNotBlank(Optional.empty())).isTrue();
    assertThat(Checker.absentOrNotBlank(Optional.of("talks"))).isTrue();
    assertThat(Checker.absentOrNotBlank(Optional.of(" \t"))).isFalse();
    assertThat(TimeRanges.absentOrPositive(Optional.empty())).isTrue();
    assertThat(TimeRanges.absentOrPositive(Optional.of(Duration.ofSeconds(1)))).isTrue();
    assertThat(TimeRanges.absentOrPositive(Optional.of(Duration.ZERO))).isFalse();
    assertThat(TimeRanges.absentOrPositive(Optional.of(Duration.ofSeconds(-1)))).isFalse();
  }
}

package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link Checker#passed} covers a path and everything below it, and nothing that merely starts with
 * the same letters; {@link TimeRanges} holds its bounds inclusively.
 */
class CheckerPassedTest {

  @Test
  void aPathPassesUntilItOrSomethingBelowItBreaksARule() {
    Checker c = Checker.of("Test");
    assertThat(c.passed("events")).isTrue();
    c.fail("RULE", "events[2].time", "broken");
    c.fail("RULE", "durationLimit", "broken");
    assertThat(c.passed("events")).isFalse();
    assertThat(c.passed("events[2]")).isFalse();
    assertThat(c.passed("events[1]")).isTrue();
    // "durationLimit" is another attribute, not one below "duration"
    assertThat(c.passed("duration")).isTrue();
    c.fail("RULE", "duration", "broken");
    assertThat(c.passed("duration")).isFalse();
    c.fail("RULE", "scope.places", "broken");
    assertThat(c.passed("scope")).isFalse();
    assertThat(c.passed("scope.regions")).isTrue();
  }

  @Test
  void theSupportedSpanIncludesItsEnds() {
    assertThat(TimeRanges.contains(TimeRanges.EARLIEST)).isTrue();
    assertThat(TimeRanges.contains(TimeRanges.LATEST)).isTrue();
    assertThat(TimeRanges.contains(TimeRanges.EARLIEST.minusDays(1))).isFalse();
    assertThat(TimeRanges.contains(TimeRanges.LATEST.plusDays(1))).isFalse();
    assertThat(TimeRanges.contains(TimeRanges.LONGEST)).isTrue();
    assertThat(TimeRanges.contains(TimeRanges.LONGEST.negated())).isTrue();
    assertThat(TimeRanges.contains(TimeRanges.LONGEST.plusNanos(1))).isFalse();
    assertThat(TimeRanges.contains(Duration.ofSeconds(Long.MIN_VALUE))).isFalse();
  }
}

package dev.parley.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.chronicle.Chronicle;
import dev.parley.testing.Laws;
import dev.parley.testing.TruceGen;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of truces over generated ones: the answer depends on the instant, never on the asker's zone;
 * extensions only move the end later; a truce is in force exactly between its start and its
 * effective end.
 */
class TruceLawsTest {
  private static final List<ZoneId> ASKERS =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("Pacific/Pago_Pago"),
          ZoneId.of("Asia/Gaza"),
          ZoneId.of("America/New_York"));

  @Test
  void statusDependsOnTheInstantOnly() {
    Laws.qt()
        .forAll(TruceGen.truces(), integers().between(-48 * 60, 60 * 24 * 60))
        .checkAssert(
            (t, minutes) -> {
              ZonedDateTime at = t.start().plusMinutes(minutes);
              Chronicle c = Chronicle.builder().addRecords(t).build();
              TruceStatus reference = c.ceasefires().truceStatus(t.id(), at).orElseThrow();
              for (ZoneId asker : ASKERS) {
                ZonedDateTime same = at.withZoneSameInstant(asker);
                assertThat(t.phaseAt(same)).isEqualTo(reference.phase());
                assertThat(t.effectiveEndAsKnownAt(same)).isEqualTo(t.effectiveEndAsKnownAt(at));
                assertThat(c.ceasefires().truceStatus(t.id(), same)).contains(reference);
              }
            });
  }

  @Test
  void extensionsMoveTheEndLaterAndPhasesFollowIt() {
    Laws.qt()
        .forAll(TruceGen.truces())
        .checkAssert(
            t -> {
              Optional<ZonedDateTime> end = t.effectiveEnd();
              assertThat(t.phaseAt(t.start().minusNanos(1))).isEqualTo(TrucePhase.NOT_YET_IN_FORCE);
              assertThat(t.phaseAt(t.start())).isEqualTo(TrucePhase.IN_FORCE);
              if (end.isEmpty()) {
                assertThat(t.extensions()).isEmpty();
                assertThat(t.initialEnd()).isEmpty();
                return;
              }
              assertThat(end.get()).isAfterOrEqualTo(t.initialEnd().orElseThrow());
              assertThat(t.phaseAt(end.get().minusNanos(1))).isEqualTo(TrucePhase.IN_FORCE);
              assertThat(t.phaseAt(end.get())).isEqualTo(TrucePhase.ENDED);
              assertThat(t.effectiveEndAsKnownAt(end.get())).isEqualTo(end);
              assertThat(t.effectiveEndAsKnownAt(t.start())).isPresent();
            });
  }
}

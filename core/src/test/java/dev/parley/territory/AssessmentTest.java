package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.record.RecordId;
import dev.parley.testing.Laws;
import dev.parley.testing.TerritoryGen;
import dev.parley.testing.ValueContract;
import dev.parley.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private static final Assessment ISW =
      Seed.assessment("assessment:isw:rakivka", Seed.ISW, "2025-05-25")
          .claim(Seed.RAKIVKA_CLAIM.id())
          .status(AssessmentStatus.CONFIRMED)
          .controller(Controller.party(Seed.RU))
          .build();

  @Test
  void judgesAClaimOrDescribesAPlace() {
    assertThat(ISW.claim()).contains(RecordId.of("claim:2025-05-23-ru-rakivka"));
    assertThat(ISW.place()).isEmpty();
    assertThat(ISW.assessorKind().isIndependent()).isTrue();
    Assessment placeOnly =
        Seed.assessment("assessment:ua:rakivka", Seed.UA, "2025-05-24")
            .place(Seed.RAKIVKA.id())
            .status(AssessmentStatus.CONTESTED)
            .controller(Controller.contested())
            .build();
    assertThat(placeOnly.claim()).isEmpty();
    assertThat(placeOnly.assessorKind().isIndependent()).isFalse();
  }

  @Test
  void rejectsAnAssessmentOfNothing() {
    assertThatThrownBy(
            () ->
                Seed.assessment("assessment:empty", Seed.ISW, "2025-05-25")
                    .status(AssessmentStatus.UNVERIFIED)
                    .controller(Controller.unknown())
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("TERRITORY_ASSESSMENT_TARGET_MISSING"))
        .hasMessageContaining("assessment:empty does neither");
  }

  @Test
  void generatedAssessmentsAlwaysHaveATarget() {
    Laws.qt()
        .forAll(TerritoryGen.assessments())
        .checkAssert(a -> assertThat(a.claim().isPresent() || a.place().isPresent()).isTrue());
  }

  @Test
  void honoursTheValueContract() {
    ValueContract.check(
        Assessment.class,
        List.of(ISW, Assessment.builder().from(ISW).build()),
        List.of(ISW.withStatus(AssessmentStatus.DENIED)),
        List.of(ISW.withPlace(Seed.RAKIVKA.id())));
  }
}

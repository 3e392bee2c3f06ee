package dev.parley.exchange;

import static dev.parley.testing.ExtrasStory.BODIES_11_JUNE;
import static dev.parley.testing.ExtrasStory.COORDINATION_HQ;
import static dev.parley.testing.ExtrasStory.EASTER;
import static dev.parley.testing.ExtrasStory.EASTER_SWAP;
import static dev.parley.testing.ExtrasStory.ISTANBUL_JUNE;
import static dev.parley.testing.ExtrasStory.RU;
import static dev.parley.testing.ExtrasStory.UA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.estimate.Estimate;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import dev.parley.validation.InvalidValueException;
import dev.parley.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What reports say beside the computed figures, on {@link dev.parley.testing.ExtrasStory}. */
class ExtrasTest {
  private static List<String> rules(Runnable build) {
    try {
      build.run();
    } catch (InvalidValueException e) {
      return e.violations().stream()
          .map(Violation::rule)
          .collect(java.util.stream.Collectors.toList());
    }
    throw new AssertionError("no InvalidValueException");
  }

  @Test
  void extrasInAdditionDoNotCountAgainstTheQuotaNorBreakParity() {
    assertThat(EASTER.released(RU)).isEqualTo(Estimate.exact(277));
    assertThat(EASTER.releasedTowardQuota(RU)).isEqualTo(Estimate.exact(246));
    assertThat(EASTER.releasedTowardQuota(UA)).isEqualTo(Estimate.exact(246));
    Fulfilment f = Fulfilment.of(EASTER_SWAP, List.of(EASTER));
    assertThat(f.released(RU)).isEqualTo(Estimate.exact(277));
    assertThat(f.released(UA)).isEqualTo(Estimate.exact(261));
    assertThat(f.progress(RU).get(0).released()).isEqualTo(Estimate.exact(246));
    assertThat(f.progress(RU).get(0).isMet()).isTrue();
    assertThat(f.progress(RU).get(0).isOverFulfilled()).isFalse();
    assertThat(ExchangeFindings.checkAgreement(EASTER_SWAP, List.of(EASTER))).isEmpty();

    ReleaseFigure toUkraine = EASTER.directions().get(0).primaryFigure().orElseThrow();
    assertThat(toUkraine.estimate(ReleaseCategory.WOUNDED_OR_SICK))
        .isEqualTo(Estimate.range(0, 277));
    assertThat(toUkraine.towardQuota(ReleaseCategory.WOUNDED_OR_SICK))
        .isEqualTo(Estimate.range(0, 246));
    assertThat(toUkraine.parts().get(1)).hasToString("31 WOUNDED_OR_SICK in addition");

    Exchange noParts = EASTER.withDirections(Direction.of(RU, UA, 277), Direction.of(UA, RU, 261));
    assertThat(ExchangeFindings.checkAgreement(EASTER_SWAP, List.of(noParts)))
        .extracting(Finding::rule)
        .containsExactly(
            "EXCHANGE_PARITY_IMBALANCE",
            "EXCHANGE_QUOTA_OVERFULFILLED",
            "EXCHANGE_QUOTA_OVERFULFILLED");
  }

  @Test
  void runningNumberAndNoteAreKeptWithTheirSource() {
    assertThat(EASTER.runningNumber().map(RunningNumber::number)).contains(63);
    assertThat(EASTER.runningNumber().orElseThrow().sources()).containsExactly(COORDINATION_HQ);
    assertThat(EASTER.note()).contains("the extra wounded were exchanged as a goodwill gesture");
    assertThat(EASTER.referencedParties()).contains(RU, UA, PartyId.of("ae"));
    assertThat(rules(() -> EASTER.withNote(" "))).containsExactly("EXCHANGE_NOTE_BLANK");
    assertThat(rules(() -> RunningNumber.of(0, COORDINATION_HQ)))
        .containsExactly("EXCHANGE_RUNNING_NUMBER_RANGE");
    assertThat(rules(() -> RunningNumber.builder().number(63).build()))
        .containsExactly("EXCHANGE_RUNNING_NUMBER_UNSOURCED");
  }

  @Test
  void partsMustBeAbleToAddUpToTheTotal() {
    ReleaseFigure.Builder b =
        ReleaseFigure.builder()
            .total(Estimate.exact(300))
            .addPart(FigurePart.of(Estimate.exact(246), QuotaCounting.AGAINST_QUOTA))
            .addPart(FigurePart.of(Estimate.exact(31), QuotaCounting.IN_ADDITION));
    assertThat(rules(b::build)).containsExactly("EXCHANGE_PARTS_TOTAL");
    assertThat(
            ReleaseFigure.builder()
                .total(Estimate.range(270, 290))
                .addPart(FigurePart.of(Estimate.exact(246), QuotaCounting.AGAINST_QUOTA))
                .addPart(FigurePart.of(Estimate.atLeast(30), QuotaCounting.IN_ADDITION))
                .build()
                .towardQuota())
        .isEqualTo(Estimate.exact(246));
    assertThat(
            rules(
                () ->
                    FigurePart.builder()
                        .count(Estimate.exact(1))
                        .counting(QuotaCounting.IN_ADDITION)
                        .description("")
                        .build()))
        .containsExactly("EXCHANGE_PART_DESCRIPTION_BLANK");
  }

  @Test
  void aQuotaOfAnAgeBracketIsCountedAsARange() {
    Quota young = ISTANBUL_JUNE.quotas().get(3);
    assertThat(young.ages()).contains(AgeRange.of(18, 25));
    assertThat(young).hasToString("ru: all servicemen aged 18 to 25 (MILITARY) aged 18-25");
    Quota hundredYoung = young.withCount(100);
    Agreement numeric = ISTANBUL_JUNE.withQuotas(hundredYoung);
    Exchange ninthOfJune =
        Exchange.builder()
            .id(RecordId.of("exchange:2025-06-09"))
            .agreement(numeric.id())
            .date(ReportedDate.parse("2025-06-09"))
            .addDirection(
                Direction.of(
                    RU,
                    UA,
                    ReleaseFigure.builder()
                        .total(Estimate.exact(40))
                        .putBreakdown(ReleaseCategory.MILITARY, 40L)
                        .build()))
            .status(ExchangeStatus.COMPLETED)
            .build();
    QuotaProgress p = Fulfilment.of(numeric, List.of(ninthOfJune)).quotas().get(0);
    assertThat(p.released()).isEqualTo(Estimate.range(0, 40));
    assertThat(p.outstanding()).contains(Estimate.range(60, 100));
    assertThat(rules(() -> AgeRange.of(25, 18))).containsExactly("EXCHANGE_AGE_RANGE");
    assertThat(rules(() -> AgeRange.builder().build())).containsExactly("EXCHANGE_AGE_RANGE");
    assertThat(rules(() -> AgeRange.of(-1, 200)))
        .containsExactly("EXCHANGE_AGE_RANGE", "EXCHANGE_AGE_RANGE");
    assertThat(AgeRange.builder().from(60).build()).hasToString("60+");
    assertThat(AgeRange.builder().to(17).build()).hasToString("up to 17");
    assertThat(ISTANBUL_JUNE.withQuotas(young, young.withAges(AgeRange.builder().from(60).build())))
        .isNotNull();
    assertThat(rules(() -> ISTANBUL_JUNE.withQuotas(young, young)))
        .containsExactly("EXCHANGE_QUOTA_DUPLICATE");
  }

  @Test
  void aReportedTotalIsKeptBesideTheComputedFulfilment() {
    assertThat(ExchangeFindings.checkAgreement(ISTANBUL_JUNE, List.of(BODIES_11_JUNE)))
        .extracting(Finding::rule)
        .containsExactly("EXCHANGE_QUOTA_NOT_NUMERIC", "EXCHANGE_QUOTA_NOT_NUMERIC");
    ReportedTotal moreThan2000 =
        ISTANBUL_JUNE.reportedTotals().get(0).withTotal(Estimate.atLeast(2000));
    Agreement claimed = ISTANBUL_JUNE.withReportedTotals(moreThan2000);
    List<Finding> findings = ExchangeFindings.checkAgreement(claimed, List.of(BODIES_11_JUNE));
    findings =
        findings.stream()
            .filter(x -> !x.rule().equals("EXCHANGE_QUOTA_NOT_NUMERIC"))
            .collect(java.util.stream.Collectors.toList());
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly("EXCHANGE_REPORTED_TOTAL_DISAGREES");
    assertThat(findings.get(0).path()).isEqualTo("agreement:2025-06-02-istanbul.reportedTotals[0]");
    assertThat(findings.get(0).message()).contains(">=2000").contains("1212");
    assertThat(findings.get(0).isError()).isFalse();
    // A tranche dated to a span that covers the day makes the computed figure a range that meets.
    Exchange thatWeek =
        BODIES_11_JUNE
            .withDate(ReportedDate.parse("2025-06-10/2025-06-13"))
            .withDirections(
                Direction.of(
                    RU,
                    UA,
                    ReleaseFigure.builder()
                        .total(Estimate.exact(2400))
                        .putBreakdown(ReleaseCategory.BODIES, 2400L)
                        .build()));
    assertThat(ExchangeFindings.checkAgreement(claimed, List.of(thatWeek)))
        .extracting(Finding::rule)
        .doesNotContain("EXCHANGE_REPORTED_TOTAL_DISAGREES");
  }

  @Test
  void rejectsReportedTotalsThatCannotBelongToTheAgreement() {
    ReportedTotal r = ISTANBUL_JUNE.reportedTotals().get(0);
    assertThat(rules(() -> r.withTotal(Estimate.unknown())))
        .containsExactly("EXCHANGE_REPORTED_TOTAL_UNKNOWN");
    assertThat(rules(() -> r.withSources(List.of())))
        .containsExactly("EXCHANGE_REPORTED_TOTAL_UNSOURCED");
    assertThat(
            rules(
                () ->
                    ISTANBUL_JUNE.withReportedTotals(
                        r.withReleasing(PartyId.of("tr")).withAsOf(ReportedDate.parse("2025-05")))))
        .containsExactly(
            "EXCHANGE_REPORTED_TOTAL_NOT_A_SIDE", "EXCHANGE_REPORTED_TOTAL_BEFORE_AGREED");
  }

  @Test
  void anOpenEndedImplementationStartsNoEarlierThanTheAgreement() {
    assertThat(ISTANBUL_JUNE.implementationStart()).contains(ReportedDate.parse("2025-06-09"));
    assertThat(rules(() -> ISTANBUL_JUNE.withImplementationStart(ReportedDate.parse("2025-06-01"))))
        .containsExactly("EXCHANGE_IMPLEMENTATION_BEFORE_AGREED");
    assertThat(rules(() -> ISTANBUL_JUNE.withTarget(ReportedDate.parse("2025-06-03/2025-06-05"))))
        .containsExactly("EXCHANGE_TARGET_BEFORE_IMPLEMENTATION");
    Exchange early = BODIES_11_JUNE.withDate(ReportedDate.parse("2025-06-05"));
    assertThat(ExchangeFindings.checkAgreement(ISTANBUL_JUNE, List.of(early)))
        .extracting(Finding::rule)
        .contains("EXCHANGE_TRANCHE_BEFORE_IMPLEMENTATION");
  }

  @Test
  void honoursTheValueContract() {
    ValueContract.check(
        RunningNumber.class,
        List.of(RunningNumber.of(63, COORDINATION_HQ), RunningNumber.of(63, COORDINATION_HQ)),
        List.of(RunningNumber.of(64, COORDINATION_HQ)));
    ValueContract.check(
        FigurePart.class,
        List.of(
            FigurePart.of(Estimate.exact(246), QuotaCounting.AGAINST_QUOTA),
            FigurePart.of(Estimate.exact(246), QuotaCounting.AGAINST_QUOTA)),
        List.of(FigurePart.of(Estimate.exact(246), QuotaCounting.IN_ADDITION)));
    ValueContract.check(
        AgeRange.class,
        List.of(AgeRange.of(18, 25), AgeRange.of(18, 25)),
        List.of(AgeRange.of(18, 24)));
    ValueContract.check(
        ReportedTotal.class,
        List.of(
            ISTANBUL_JUNE.reportedTotals().get(0),
            ReportedTotal.builder().from(ISTANBUL_JUNE.reportedTotals().get(0)).build()),
        List.of(ISTANBUL_JUNE.reportedTotals().get(0).withTotal(Estimate.exact(1))));
  }
}

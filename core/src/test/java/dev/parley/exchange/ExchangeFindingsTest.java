package dev.parley.exchange;

import static dev.parley.exchange.SeedExchange.BY;
import static dev.parley.exchange.SeedExchange.FIRST_TRANCHE;
import static dev.parley.exchange.SeedExchange.RU;
import static dev.parley.exchange.SeedExchange.THOUSAND_FOR_THOUSAND;
import static dev.parley.exchange.SeedExchange.UA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.estimate.Estimate;
import dev.parley.record.RecordId;
import dev.parley.testing.ExchangeGen;
import dev.parley.testing.Laws;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import dev.parley.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeFindingsTest {
  private static Exchange tranche(String id, String date, int number, long ruToUa, long uaToRu) {
    return Exchange.builder()
        .id(RecordId.of(id))
        .agreement(THOUSAND_FOR_THOUSAND.id())
        .date(ReportedDate.parse(date))
        .trancheNumber(number)
        .addDirections(Direction.of(RU, UA, ruToUa), Direction.of(UA, RU, uaToRu))
        .status(ExchangeStatus.COMPLETED)
        .build();
  }

  /** The three tranches of 23 to 25 May 2025: 390, 307 and 303 each way, 1,000 in all. */
  private static final List<Exchange> THREE_DAYS =
      List.of(
          FIRST_TRANCHE,
          tranche("exchange:2025-05-24", "2025-05-24", 2, 307, 307),
          tranche("exchange:2025-05-25", "2025-05-25", 3, 303, 303));

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  @Test
  void completedAgreementPassesEveryRule() {
    assertThat(ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, THREE_DAYS)).isEmpty();
    Fulfilment f = Fulfilment.of(THOUSAND_FOR_THOUSAND, THREE_DAYS);
    assertThat(f.progress(RU).get(0).isMet()).isTrue();
    assertThat(f.progress(UA).get(0).remaining()).hasValue(0);
  }

  @Test
  void reportsExchangeOfAnotherAgreement() {
    Exchange other = FIRST_TRANCHE.withAgreement(RecordId.of("agreement:other"));
    Exchange none =
        Exchange.builder()
            .from(FIRST_TRANCHE)
            .agreement(java.util.Optional.empty())
            .trancheNumber(java.util.OptionalInt.empty())
            .id(RecordId.of("exchange:none"))
            .build();
    List<Finding> findings =
        ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(other, none));
    assertThat(rules(findings))
        .containsExactly("EXCHANGE_AGREEMENT_MISMATCH", "EXCHANGE_AGREEMENT_MISMATCH");
    assertThat(findings.get(0).path()).isEqualTo("exchange:2025-05-23.agreement");
    assertThat(findings.get(0).isError()).isTrue();
    assertThat(findings.get(1).message()).contains("no agreement");
  }

  @Test
  void reportsTrancheDatedBeforeAgreement() {
    Exchange early = FIRST_TRANCHE.withDate(ReportedDate.parse("2025-05-10"));
    List<Finding> findings = ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(early));
    assertThat(rules(findings)).containsExactly("EXCHANGE_TRANCHE_BEFORE_AGREEMENT");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(findings.get(0).message()).contains("2025-05-10").contains("2025-05-16");
    // Same day, or a month that contains the agreement, is not certainly before it; the same day
    // is still before the target period.
    assertThat(
            rules(
                ExchangeFindings.checkAgreement(
                    THOUSAND_FOR_THOUSAND,
                    List.of(FIRST_TRANCHE.withDate(ReportedDate.parse("2025-05-16"))))))
        .containsExactly("EXCHANGE_TRANCHE_BEFORE_TARGET");
    assertThat(
            rules(
                ExchangeFindings.checkAgreement(
                    THOUSAND_FOR_THOUSAND,
                    List.of(FIRST_TRANCHE.withDate(ReportedDate.parse("2025-05"))))))
        .doesNotContain("EXCHANGE_TRANCHE_BEFORE_AGREEMENT");
  }

  @Test
  void reportsDirectionOutsideTheAgreement() {
    Exchange viaBelarus =
        Exchange.builder()
            .from(FIRST_TRANCHE)
            .participants(List.of())
            .directions(List.of(Direction.of(RU, UA, 390), Direction.of(BY, RU, 390)))
            .build();
    List<Finding> findings =
        ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(viaBelarus));
    assertThat(rules(findings)).contains("EXCHANGE_DIRECTION_NOT_IN_AGREEMENT");
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("EXCHANGE_DIRECTION_NOT_IN_AGREEMENT"))
        .extracting(Finding::path)
        .containsExactly("exchange:2025-05-23.directions[1]");
  }

  @Test
  void reportsDuplicateTrancheNumbersButNotCancelledOnes() {
    Exchange again = tranche("exchange:2025-05-24", "2025-05-24", 1, 307, 307);
    List<Finding> findings =
        ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE, again));
    assertThat(rules(findings)).containsExactly("EXCHANGE_TRANCHE_NUMBER_DUPLICATE");
    assertThat(findings.get(0).path()).isEqualTo("exchange:2025-05-24.trancheNumber");
    assertThat(
            ExchangeFindings.checkAgreement(
                THOUSAND_FOR_THOUSAND,
                List.of(FIRST_TRANCHE, again.withStatus(ExchangeStatus.CANCELLED))))
        .isEmpty();
  }

  @Test
  void reportsTrancheNumbersThatDoNotIncreaseWithDate() {
    Exchange secondFirst = tranche("exchange:2025-05-22", "2025-05-22", 2, 307, 307);
    List<Finding> findings =
        ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE, secondFirst));
    // 22 May is also before the target period, 23 to 25 May
    assertThat(rules(findings))
        .containsExactly("EXCHANGE_TRANCHE_BEFORE_TARGET", "EXCHANGE_TRANCHE_NUMBER_ORDER");
    assertThat(findings.get(1).message()).contains("tranche 2").contains("tranche 1");
    // Imprecise dates that overlap are not out of order.
    Exchange sameWeek = secondFirst.withDate(ReportedDate.ofWeekContaining(SeedExchange.FRIDAY));
    assertThat(
            ExchangeFindings.checkAgreement(
                THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE, sameWeek)))
        .isEmpty();
  }

  @Test
  void warnsOfImbalanceOnlyUnderParity() {
    Exchange asymmetric = tranche("exchange:2025-05-24", "2025-05-24", 2, 40, 120);
    List<Finding> findings =
        ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE, asymmetric));
    assertThat(rules(findings)).containsExactly("EXCHANGE_PARITY_IMBALANCE");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).path()).isEqualTo("exchange:2025-05-24.directions");
    Agreement noParity = THOUSAND_FOR_THOUSAND.withParity(false);
    assertThat(ExchangeFindings.checkAgreement(noParity, List.of(FIRST_TRANCHE, asymmetric)))
        .isEmpty();
    // A range that could be equal is not certainly imbalanced; an unknown count is not judged.
    Exchange fuzzy =
        asymmetric.withDirections(
            Direction.of(RU, UA, ReleaseFigure.builder().total(Estimate.range(100, 130)).build()),
            Direction.of(UA, RU, 120));
    assertThat(ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(fuzzy))).isEmpty();
    Exchange unknown =
        asymmetric.withDirections(
            Direction.builder().releasing(RU).receiving(UA).build(), Direction.of(UA, RU, 120));
    assertThat(ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(unknown))).isEmpty();
  }

  @Test
  void bodiesOnlyExchangeWithVeryUnequalCountsIsValid() {
    Agreement bodies =
        Agreement.builder()
            .id(RecordId.of("agreement:bodies"))
            .addSides(RU, UA)
            .agreed(ReportedDate.parse("2025-06-02"))
            .addQuotas(
                Quota.of(RU, 6000, ReleaseCategory.BODIES),
                Quota.all(UA, ReleaseCategory.BODIES, "all bodies held"))
            .build();
    Exchange returned =
        Exchange.builder()
            .id(RecordId.of("exchange:2025-06-11"))
            .agreement(bodies.id())
            .date(ReportedDate.parse("2025-06-11"))
            .addDirection(
                Direction.of(
                    RU,
                    UA,
                    ReleaseFigure.builder()
                        .total(Estimate.exact(1212))
                        .putBreakdown(ReleaseCategory.BODIES, 1212L)
                        .build()))
            .addDirection(
                Direction.of(
                    UA,
                    RU,
                    ReleaseFigure.builder()
                        .total(Estimate.exact(27))
                        .putBreakdown(ReleaseCategory.BODIES, 27L)
                        .build()))
            .status(ExchangeStatus.COMPLETED)
            .build();
    List<Finding> findings = ExchangeFindings.checkAgreement(bodies, List.of(returned));
    assertThat(findings).noneMatch(Finding::isError);
    assertThat(rules(findings)).containsExactly("EXCHANGE_QUOTA_NOT_NUMERIC");
    assertThat(findings.get(0).message()).contains("all bodies held").contains("27");
    Fulfilment f = Fulfilment.of(bodies, List.of(returned));
    assertThat(f.progress(RU).get(0).remaining()).hasValue(4788);
  }

  @Test
  void warnsOfOverFulfilment() {
    List<Exchange> more = new java.util.ArrayList<>(THREE_DAYS);
    more.add(tranche("exchange:2025-05-25b", "2025-05-25", 4, 10, 0));
    List<Finding> findings =
        ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND.withParity(false), more);
    assertThat(rules(findings)).containsExactly("EXCHANGE_QUOTA_OVERFULFILLED");
    assertThat(findings.get(0).path()).isEqualTo("agreement:2025-05-16-1000-for-1000.quotas[0]");
    assertThat(findings.get(0).message()).contains("1010").contains("10 over");
    assertThat(findings.get(0).isError()).isFalse();
    assertThat(Fulfilment.of(THOUSAND_FOR_THOUSAND, more).progress(RU).get(0).overFulfilment())
        .hasValue(10);
  }

  @Test
  void saysWholeCategoryQuotaCannotBeCheckedNumerically() {
    Agreement wounded =
        THOUSAND_FOR_THOUSAND
            .withParity(false)
            .withQuotas(
                Quota.of(RU, 1000),
                Quota.all(UA, ReleaseCategory.WOUNDED_OR_SICK, "all seriously wounded"));
    assertThat(ExchangeFindings.checkAgreement(wounded, List.of())).isEmpty();
    List<Finding> findings = ExchangeFindings.checkAgreement(wounded, List.of(FIRST_TRANCHE));
    assertThat(rules(findings)).containsExactly("EXCHANGE_QUOTA_NOT_NUMERIC");
    assertThat(findings.get(0).message()).contains("cannot be checked numerically");
  }

  @Test
  void warnsOfTrancheAfterTarget() {
    Exchange late = tranche("exchange:2025-06-01", "2025-06-01", 2, 307, 307);
    List<Finding> findings =
        ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE, late));
    assertThat(rules(findings)).containsExactly("EXCHANGE_TRANCHE_AFTER_TARGET");
    assertThat(
            ExchangeFindings.checkAgreement(
                THOUSAND_FOR_THOUSAND,
                List.of(FIRST_TRANCHE, late.withStatus(ExchangeStatus.ANNOUNCED))))
        .isEmpty();
  }

  @Test
  void checksEveryAgreementAgainstTheExchangesThatNameIt() {
    Agreement other =
        Agreement.builder()
            .id(RecordId.of("agreement:other"))
            .addSides(RU, UA)
            .agreed(ReportedDate.parse("2025-06-01"))
            .build();
    Exchange early =
        tranche("exchange:2025-05-24", "2025-05-24", 1, 5, 5).withAgreement(other.id());
    Exchange standalone =
        Exchange.builder()
            .from(early)
            .agreement(java.util.Optional.empty())
            .trancheNumber(java.util.OptionalInt.empty())
            .id(RecordId.of("exchange:standalone"))
            .build();
    Exchange dangling =
        early
            .withAgreement(RecordId.of("agreement:unknown"))
            .withId(RecordId.of("exchange:dangling"));
    List<Finding> findings =
        ExchangeFindings.checkAll(
            List.of(THOUSAND_FOR_THOUSAND, other),
            List.of(standalone, early, dangling, FIRST_TRANCHE));
    assertThat(findings)
        .extracting(f -> f.rule() + "@" + f.path())
        .containsExactly("EXCHANGE_TRANCHE_BEFORE_AGREEMENT@exchange:2025-05-24.date");
    assertThat(ExchangeFindings.checkAll(List.of(THOUSAND_FOR_THOUSAND), THREE_DAYS)).isEmpty();
  }

  @Test
  void generatedTranchesOfAParityAgreementGiveOnlyWarningsAndNoErrors() {
    Laws.qt()
        .forAll(ExchangeGen.agreements(), ExchangeGen.trancheLists(6))
        .checkAssert(
            (a, tranches) -> {
              List<Finding> findings = ExchangeFindings.checkAgreement(a, tranches);
              assertThat(findings).noneMatch(Finding::isError);
              if (!a.parity()) {
                assertThat(rules(findings)).doesNotContain("EXCHANGE_PARITY_IMBALANCE");
              }
            });
  }
}

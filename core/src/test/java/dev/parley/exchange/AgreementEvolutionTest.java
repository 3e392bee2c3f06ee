package dev.parley.exchange;

import static dev.parley.testing.AgreementStory.DEAL;
import static dev.parley.testing.AgreementStory.EXTENSION;
import static dev.parley.testing.AgreementStory.GAZA_TRANCHES;
import static dev.parley.testing.AgreementStory.HAMAS;
import static dev.parley.testing.AgreementStory.IL;
import static dev.parley.testing.AgreementStory.YEMEN;
import static dev.parley.testing.AgreementStory.YEMEN_FLIGHTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.estimate.Estimate;
import dev.parley.record.RecordId;
import dev.parley.testing.AgreementStory;
import dev.parley.testing.ExtrasStory;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import dev.parley.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreements with sources, extensions, ratio and joint quotas, and parity per category. */
class AgreementEvolutionTest {
  private static final AgreementChain PAUSE_CHAIN = AgreementChain.of(DEAL, List.of(EXTENSION));

  /** The first day of the pause with another figure for the hostages released. */
  private static Exchange firstDayWith(ReleaseFigure hostages) {
    return GAZA_TRANCHES
        .get(0)
        .withDirections(Direction.of(HAMAS, IL, hostages), Direction.of(IL, HAMAS, 39));
  }

  @Test
  void keepsWhoAnnouncedTheDealAndItsNote() {
    // Qatari foreign ministry statement, 22 November 2023, confirmed by both parties
    assertThat(DEAL.sources()).hasSize(3);
    assertThat(DEAL.sources().get(0).source().speaker()).contains(AgreementStory.QA);
    assertThat(DEAL.note())
        .contains("one more day of pause for every further ten hostages released");
    assertThat(DEAL.referencedParties()).contains(AgreementStory.QA, HAMAS, IL);
    assertThat(DEAL.referencedRecords()).containsExactly(AgreementStory.PAUSE_ID);
    assertThat(EXTENSION.referencedRecords()).containsExactly(DEAL.id());
  }

  @Test
  void rejectsBlankNoteAndSelfRevision() {
    assertThatThrownBy(
            () ->
                Agreement.builder()
                    .from(EXTENSION)
                    .note(" ")
                    .revises(AgreementRevision.of(EXTENSION.id(), RevisionKind.AMENDMENT))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EXCHANGE_AGREEMENT_NOTE_BLANK")
        .hasMessageContaining("EXCHANGE_REVISION_SELF");
  }

  @Test
  void chainFromAnyMemberStartsAtTheDeal() {
    AgreementChains chains = AgreementChains.of(List.of(EXTENSION, DEAL, YEMEN));
    assertThat(chains.chain(EXTENSION.id())).contains(PAUSE_CHAIN);
    assertThat(chains.chain(DEAL.id())).contains(PAUSE_CHAIN);
    assertThat(chains.chain(YEMEN.id()).get().agreements()).containsExactly(YEMEN);
    assertThat(chains.chain(RecordId.of("agreement:none"))).isEmpty();
    assertThat(chains.inCycles()).isEmpty();
  }

  @Test
  void effectiveTargetRunsToTheLastDayOfTheExtension() {
    // four days from 24 November, extended on 27 November by two days (Qatari statement)
    assertThat(PAUSE_CHAIN.effectiveTarget()).contains(ReportedDate.parse("2023-11-24/2023-11-29"));
    assertThat(PAUSE_CHAIN.effectiveEnd()).contains(LocalDate.of(2023, 11, 29));
    assertThat(AgreementChain.of(YEMEN, List.of()).effectiveTarget()).isEmpty();
  }

  @Test
  void extensionQuotasAddToTheDeal() {
    assertThat(PAUSE_CHAIN.quotas())
        .extracting(Quota::toString)
        .containsExactly("hamas: 70", "il: 210", "il: 3 per 1 released by hamas");
  }

  @Test
  void chainFulfilmentCountsTranchesOfEveryAgreementAgainstTheCombinedQuotas() {
    Fulfilment chain = Fulfilment.of(PAUSE_CHAIN, GAZA_TRANCHES);
    assertThat(chain.agreement()).isEqualTo(DEAL.id());
    assertThat(chain.tranches()).hasSize(6);
    assertThat(chain.released(HAMAS)).isEqualTo(Estimate.exact(70));
    assertThat(chain.released(IL)).isEqualTo(Estimate.exact(210));
    assertThat(chain.quotas()).allMatch(QuotaProgress::isMet);
    // the deal alone counts only its own four days
    Fulfilment deal = Fulfilment.of(DEAL, GAZA_TRANCHES);
    assertThat(deal.released(HAMAS)).isEqualTo(Estimate.exact(50));
    assertThat(deal.progress(IL).get(1).due()).contains(Estimate.exact(150));
    assertThat(deal.quotas()).allMatch(QuotaProgress::isMet);
  }

  @Test
  void chainTimelineAgreesWithChainFulfilmentOnEveryDay() {
    FulfilmentTimeline timeline = FulfilmentTimeline.of(PAUSE_CHAIN, GAZA_TRANCHES);
    for (LocalDate d = LocalDate.of(2023, 11, 22);
        d.isBefore(LocalDate.of(2023, 12, 2));
        d = d.plusDays(1)) {
      assertThat(timeline.at(d)).isEqualTo(Fulfilment.of(PAUSE_CHAIN, GAZA_TRANCHES, d));
    }
    QuotaProgress ratio = timeline.at(LocalDate.of(2023, 11, 27)).quotas().get(2);
    assertThat(ratio.due()).contains(Estimate.exact(150));
    assertThat(ratio.remaining()).hasValue(0);
    assertThat(timeline.at(LocalDate.of(2023, 11, 27)).quotas().get(0).remaining()).hasValue(20);
  }

  @Test
  void ratioQuotaIsDueThreeForEachHostageActuallyReleased() {
    // Day one, 24 November 2023: 13 hostages, 39 prisoners
    Fulfilment first = Fulfilment.of(DEAL, GAZA_TRANCHES, LocalDate.of(2023, 11, 24));
    QuotaProgress ratio = first.progress(IL).get(1);
    assertThat(ratio.quota().isRatio()).isTrue();
    assertThat(ratio.isNumeric()).isTrue();
    assertThat(ratio.due()).contains(Estimate.exact(39));
    assertThat(ratio.released()).isEqualTo(Estimate.exact(39));
    assertThat(ratio.isMet()).isTrue();
    assertThat(ratio.outstanding()).contains(Estimate.exact(0));
  }

  @Test
  void ratioDueIsAnEstimateWhenTheCounterpartCountIsUncertain() {
    Exchange ranged =
        firstDayWith(ReleaseFigure.builder().total(Estimate.range(12, 13, 14)).build());
    QuotaProgress ratio = Fulfilment.of(DEAL, List.of(ranged)).progress(IL).get(1);
    assertThat(ratio.due()).contains(Estimate.range(36, 39, 42));
    assertThat(ratio.outstanding()).contains(Estimate.range(0, 3));
    assertThat(ratio.isMet()).isFalse();
    Exchange unknown =
        Exchange.builder()
            .from(ranged)
            .directions(
                List.of(
                    Direction.builder().releasing(HAMAS).receiving(IL).build(),
                    Direction.of(IL, HAMAS, 39)))
            .build();
    QuotaProgress open = Fulfilment.of(DEAL, List.of(unknown)).progress(IL).get(1);
    assertThat(open.due()).contains(Estimate.atLeast(0));
    assertThat(open.remaining()).isEmpty();
    assertThat(open.outstanding()).contains(Estimate.atLeast(0));
    assertThat(open.overFulfilment()).hasValue(0);
  }

  @Test
  void ratioCountsOnlyTheCounterpartsCategoryWhenGiven() {
    QuotaRatio minors =
        QuotaRatio.builder()
            .released(2)
            .per(1)
            .counterpart(HAMAS)
            .counterpartCategory(ReleaseCategory.MINOR)
            .build();
    Agreement a =
        Agreement.builder()
            .from(DEAL)
            .quotas(List.of(Quota.builder().releasing(IL).ratio(minors).build()))
            .build();
    Exchange e =
        firstDayWith(
            ReleaseFigure.builder()
                .total(Estimate.exact(13))
                .putBreakdown(ReleaseCategory.MINOR, 8L)
                .build());
    QuotaProgress p = Fulfilment.of(a, List.of(e)).quotas().get(0);
    assertThat(p.due()).contains(Estimate.exact(16));
    assertThat(p.overFulfilment()).hasValue(23);
    assertThat(minors.due(Estimate.exact(5))).isEqualTo(Estimate.exact(10));
    assertThat(QuotaRatio.of(1, 3, HAMAS).due(Estimate.exact(10))).isEqualTo(Estimate.exact(3));
  }

  @Test
  void rejectsBadRatioQuotas() {
    assertThatThrownBy(() -> QuotaRatio.of(0, 0, HAMAS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EXCHANGE_QUOTA_RATIO_RANGE")
        .hasMessageContaining("per");
    assertThatThrownBy(
            () -> Quota.builder().releasing(IL).ratio(QuotaRatio.of(3, 1, IL)).count(150).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EXCHANGE_QUOTA_RATIO_AND_COUNT")
        .hasMessageContaining("EXCHANGE_QUOTA_RATIO_COUNTERPART");
    assertThatThrownBy(
            () ->
                Agreement.builder()
                    .from(DEAL)
                    .addQuotas(
                        Quota.builder()
                            .releasing(HAMAS)
                            .ratio(QuotaRatio.of(1, 3, AgreementStory.QA))
                            .build())
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EXCHANGE_QUOTA_NOT_A_SIDE")
        .hasMessageContaining("quotas[3].ratio.counterpart");
  }

  @Test
  void jointQuotaCountsWhatEitherReleasingPartyReleased() {
    // ICRC statement, 16 April 2023: 706 released by the government and the coalition, 181 by the
    // Houthis, flown over three days
    Fulfilment f = Fulfilment.of(YEMEN, List.of(YEMEN_FLIGHTS));
    QuotaProgress joint = f.quotas().get(0);
    assertThat(joint.quota().releasingParties())
        .containsExactly(AgreementStory.YE_GOV, AgreementStory.COALITION);
    assertThat(joint.released()).isEqualTo(Estimate.exact(706));
    assertThat(joint.isMet()).isTrue();
    assertThat(f.progress(AgreementStory.COALITION)).containsExactly(joint);
    assertThat(YEMEN.quotasOf(AgreementStory.COALITION)).containsExactly(joint.quota());
    assertThat(f.quotas().get(1).isMet()).isTrue();
    assertThat(ExchangeFindings.checkAgreement(YEMEN, List.of(YEMEN_FLIGHTS))).isEmpty();
    // Reports give no split; splitting the 706 shows both parties' releases count.
    Exchange split =
        Exchange.builder()
            .from(YEMEN_FLIGHTS)
            .directions(
                List.of(
                    Direction.of(AgreementStory.YE_GOV, AgreementStory.HOUTHIS, 600),
                    Direction.builder()
                        .releasing(AgreementStory.COALITION)
                        .receiving(AgreementStory.HOUTHIS)
                        .addFigure(ReleaseFigure.builder().total(Estimate.range(100, 106)).build())
                        .build()))
            .build();
    QuotaProgress shared = Fulfilment.of(YEMEN, List.of(split)).quotas().get(0);
    assertThat(shared.released()).isEqualTo(Estimate.range(700, 706));
    assertThat(shared.outstanding()).contains(Estimate.range(0, 6));
  }

  @Test
  void rejectsJointQuotaRepeatsAndNonSides() {
    assertThatThrownBy(
            () ->
                Quota.builder()
                    .releasing(AgreementStory.YE_GOV)
                    .addJointWith(AgreementStory.YE_GOV, AgreementStory.COALITION)
                    .addJointWith(AgreementStory.COALITION)
                    .count(706)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EXCHANGE_QUOTA_JOINT_REPEATED")
        .hasMessageContaining("jointWith[0]")
        .hasMessageContaining("jointWith[2]");
    assertThatThrownBy(
            () ->
                Agreement.builder()
                    .from(YEMEN)
                    .sides(List.of(AgreementStory.YE_GOV, AgreementStory.HOUTHIS))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EXCHANGE_QUOTA_NOT_A_SIDE")
        .hasMessageContaining("quotas[0].jointWith[0]");
  }

  @Test
  void parityIsCheckedPerCategory() {
    // Istanbul, 2 June 2025: 6,000 bodies for 6,000, parity holds in the category
    Agreement istanbul = ExtrasStory.ISTANBUL_JUNE.withParity(true);
    assertThat(istanbul.parity()).isTrue();
    assertThatThrownBy(
            () ->
                istanbul.withQuotas(
                    Quota.of(ExtrasStory.RU, 6000, ReleaseCategory.BODIES),
                    Quota.of(ExtrasStory.UA, 1212, ReleaseCategory.BODIES),
                    Quota.of(ExtrasStory.RU, 1000),
                    Quota.of(ExtrasStory.UA, 1000)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("EXCHANGE_PARITY_CATEGORY_UNEQUAL")
        .hasMessageContaining("BODIES")
        .hasMessageNotContaining("EXCHANGE_PARITY_QUOTAS_UNEQUAL");
  }

  @Test
  void warnsOfTrancheBeforeTheTargetPeriod() {
    assertThat(ExchangeFindings.checkAgreement(DEAL, GAZA_TRANCHES.subList(0, 4))).isEmpty();
    Exchange early = AgreementStory.day(DEAL.id(), "2023-11-23", 1, 13);
    List<Finding> findings = ExchangeFindings.checkAgreement(DEAL, List.of(early));
    assertThat(findings)
        .extracting(Finding::rule, Finding::path, Finding::isError)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "EXCHANGE_TRANCHE_BEFORE_TARGET", "exchange:2023-11-23-gaza.date", false));
  }

  @Test
  void ceasefireNamesEachExchangeAgreementOnce() {
    assertThat(AgreementStory.PAUSE.exchangeAgreements()).containsExactly(DEAL.id());
    assertThat(AgreementStory.PAUSE.referencedRecords()).contains(DEAL.id());
    assertThatThrownBy(
            () ->
                dev.parley.ceasefire.CeasefireProposal.builder()
                    .from(AgreementStory.PAUSE)
                    .addExchangeAgreements(DEAL.id())
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("CEASEFIRE_EXCHANGE_AGREEMENT_REPEATED")
        .hasMessageContaining("exchangeAgreements[1]");
  }

  @Test
  void valueContracts() {
    ValueContract.check(
        QuotaRatio.class,
        List.of(
            QuotaRatio.of(3, 1, HAMAS),
            QuotaRatio.builder().released(3).per(1).counterpart(HAMAS).build()),
        List.of(QuotaRatio.of(1, 3, HAMAS)));
    ValueContract.check(
        AgreementRevision.class,
        List.of(
            AgreementRevision.of(DEAL.id(), RevisionKind.EXTENSION),
            AgreementRevision.of(DEAL.id(), RevisionKind.EXTENSION)),
        List.of(AgreementRevision.of(DEAL.id(), RevisionKind.AMENDMENT)));
    ValueContract.check(
        AgreementChain.class,
        List.of(PAUSE_CHAIN, AgreementChain.of(DEAL, List.of(EXTENSION))),
        List.of(AgreementChain.of(DEAL, List.of())));
    ValueContract.nullTester().testAllPublicStaticMethods(AgreementChains.class);
    ValueContract.nullTester()
        .testAllPublicInstanceMethods(AgreementChains.of(List.of(DEAL, EXTENSION)));
    assertThat(PAUSE_CHAIN.toString()).contains(DEAL.id().value(), EXTENSION.id().value());
    assertThat(AgreementRevision.of(DEAL.id(), RevisionKind.EXTENSION).toString())
        .isEqualTo("EXTENSION of agreement:2023-11-22-gaza-hostages");
  }

  @Test
  void chainRejectsRevisionsOutsideIt() {
    assertThatThrownBy(() -> AgreementChain.of(YEMEN, List.of(EXTENSION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("revises no agreement of the chain");
    assertThatThrownBy(() -> AgreementChain.of(DEAL, List.of(DEAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeated id");
  }
}

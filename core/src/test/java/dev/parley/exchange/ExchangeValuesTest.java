package dev.parley.exchange;

import static dev.parley.exchange.SeedExchange.BY;
import static dev.parley.exchange.SeedExchange.FIRST_FIGURE;
import static dev.parley.exchange.SeedExchange.FIRST_TRANCHE;
import static dev.parley.exchange.SeedExchange.RU;
import static dev.parley.exchange.SeedExchange.RUSSIAN_MOD;
import static dev.parley.exchange.SeedExchange.THOUSAND_FOR_THOUSAND;
import static dev.parley.exchange.SeedExchange.UA;
import static dev.parley.exchange.SeedExchange.ZELENSKY;
import static dev.parley.exchange.SeedExchange.ZELENSKY_POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.estimate.Estimate;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.testing.ExchangeGen;
import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import dev.parley.validation.Violation;
import java.util.List;
import java.util.OptionalLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ExchangeValuesTest {
  private static final Source REUTERS = Source.builder().outlet("Reuters").build();

  private static List<String> rules(ThrowingCallable build) {
    Throwable[] caught = new Throwable[1];
    try {
      build.call();
    } catch (Throwable t) {
      caught[0] = t;
    }
    assertThat(caught[0]).isInstanceOf(InvalidValueException.class);
    return ((InvalidValueException) caught[0]).ruleCodes();
  }

  private static Exchange.Builder exchange() {
    return Exchange.builder()
        .id(RecordId.of("exchange:x"))
        .date(ReportedDate.parse("2025-05-23"))
        .status(ExchangeStatus.COMPLETED);
  }

  // ---- figures and provenance

  @Test
  void seedFigureKeepsBothSourcesAndDerivesTheRest() {
    assertThat(FIRST_FIGURE.count(ReleaseCategory.MILITARY)).hasValue(270);
    assertThat(FIRST_FIGURE.count(ReleaseCategory.CIVILIAN)).hasValue(120);
    assertThat(FIRST_FIGURE.count(ReleaseCategory.BODIES))
        .as("exclusive categories already add up")
        .hasValue(0);
    assertThat(FIRST_FIGURE.count(ReleaseCategory.MINOR))
        .as("cross-cutting, not reported")
        .isEmpty();
    assertThat(FIRST_FIGURE.estimate(ReleaseCategory.MINOR)).isEqualTo(Estimate.range(0, 390));
    assertThat(FIRST_FIGURE.isBreakdownComplete()).isTrue();
    assertThat(FIRST_FIGURE.isFrom(RUSSIAN_MOD)).isTrue();
    assertThat(FIRST_FIGURE.isFrom(ZELENSKY_POST)).isTrue();
    assertThat(FIRST_FIGURE.isFrom(REUTERS)).isFalse();
  }

  @Test
  void partialBreakdownIsFineAndLeavesTheRestOpen() {
    ReleaseFigure partial =
        ReleaseFigure.builder()
            .total(Estimate.exact(390))
            .putBreakdown(ReleaseCategory.MILITARY, 270L)
            .build();
    assertThat(partial.isBreakdownComplete()).isFalse();
    assertThat(partial.count(ReleaseCategory.CIVILIAN)).isEmpty();
    assertThat(partial.estimate(ReleaseCategory.CIVILIAN)).isEqualTo(Estimate.range(0, 120));
    ReleaseFigure overlapping =
        ReleaseFigure.builder()
            .from(FIRST_FIGURE)
            .putBreakdown(ReleaseCategory.WOUNDED_OR_SICK, 390L)
            .putBreakdown(ReleaseCategory.MINOR, 3L)
            .build();
    assertThat(overlapping.count(ReleaseCategory.WOUNDED_OR_SICK)).hasValue(390);
    assertThat(ReleaseFigure.of(0).count(ReleaseCategory.MINOR)).hasValue(0);
  }

  @Test
  void unknownTotalIsNeverZero() {
    ReleaseFigure unknown = ReleaseFigure.unknown();
    assertThat(unknown.total().isKnown()).isFalse();
    assertThat(unknown.count(ReleaseCategory.MILITARY)).isEmpty();
    assertThat(unknown.knownTotal()).isEqualTo(Estimate.atLeast(0));
    ReleaseFigure onlyBreakdown =
        ReleaseFigure.builder()
            .total(Estimate.unknown())
            .putBreakdown(ReleaseCategory.MILITARY, 270L)
            .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
            .build();
    assertThat(onlyBreakdown.knownTotal()).isEqualTo(Estimate.atLeast(390));
    Direction none = Direction.builder().releasing(RU).receiving(UA).build();
    assertThat(none.released().isKnown()).isFalse();
    assertThat(none.released(ReleaseCategory.MILITARY)).isEmpty();
  }

  @Test
  void rejectsNegativeCounts() {
    assertThat(
            rules(
                () ->
                    ReleaseFigure.builder()
                        .total(Estimate.exact(5))
                        .putBreakdown(ReleaseCategory.MINOR, -1L)
                        .build()))
        .containsExactly("EXCHANGE_COUNT_NEGATIVE");
    assertThat(rules(() -> Quota.of(RU, -5))).containsExactly("EXCHANGE_COUNT_NEGATIVE");
    assertThat(rules(() -> ReleaseFigure.of(-1))).containsExactly("ESTIMATE_NEGATIVE");
    assertThat(Quota.of(RU, 0).count()).hasValue(0);
  }

  @Test
  void reportsEveryBrokenBreakdownRuleInCategoryOrder() {
    assertThatThrownBy(
            () ->
                ReleaseFigure.builder()
                    .total(Estimate.exact(390))
                    .putBreakdown(ReleaseCategory.MINOR, -1L)
                    .putBreakdown(ReleaseCategory.CIVILIAN, 100L)
                    .putBreakdown(ReleaseCategory.MILITARY, 400L)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::rule)
                  .containsExactly(
                      "EXCHANGE_COUNT_NEGATIVE",
                      "EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL",
                      "EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL");
              assertThat(e.violations())
                  .extracting(Violation::path)
                  .containsExactly("breakdown.MINOR", "breakdown.MILITARY", "breakdown");
              assertThat(e.violations().get(2).message()).contains("add up to 500");
            });
    // Wounded or sick prisoners are counted among the others, never added to them.
    ReleaseFigure crossCutting =
        ReleaseFigure.builder()
            .total(Estimate.exact(390))
            .putBreakdown(ReleaseCategory.MILITARY, 380L)
            .putBreakdown(ReleaseCategory.WOUNDED_OR_SICK, 100L)
            .build();
    assertThat(crossCutting.breakdown()).hasSize(2);
    assertThat(crossCutting.isBreakdownComplete()).isFalse();
  }

  @Test
  void rejectsBreakdownLargerThanItsTotal() {
    assertThatThrownBy(
            () ->
                ReleaseFigure.builder()
                    .total(Estimate.exact(390))
                    .putBreakdown(ReleaseCategory.MILITARY, 400L)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL");
              assertThat(e.violations().get(0).path()).isEqualTo("breakdown.MILITARY");
              assertThat(e.getMessage()).contains("400").contains("390");
            });
    assertThat(
            rules(
                () ->
                    ReleaseFigure.builder()
                        .total(Estimate.exact(390))
                        .putBreakdown(ReleaseCategory.MILITARY, 300L)
                        .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
                        .build()))
        .containsExactly("EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL");
    assertThat(
            rules(
                () ->
                    ReleaseFigure.builder()
                        .total(Estimate.range(300, 400))
                        .putBreakdown(ReleaseCategory.BODIES, 401L)
                        .build()))
        .containsExactly("EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL");
    ReleaseFigure open =
        ReleaseFigure.builder()
            .total(Estimate.atLeast(10))
            .putBreakdown(ReleaseCategory.MILITARY, 5000L)
            .build();
    assertThat(open.count(ReleaseCategory.MILITARY)).hasValue(5000);
  }

  @Test
  void rejectsASourceGivingTwoFiguresForOneDirection() {
    Statement mod = Statement.of(RUSSIAN_MOD, Stance.CLAIMS);
    assertThat(
            rules(
                () ->
                    ReleaseFigure.builder()
                        .total(Estimate.exact(1))
                        .addStatements(mod, mod)
                        .build()))
        .containsExactly("EXCHANGE_FIGURE_SOURCE_REPEATED");
    ReleaseFigure other =
        ReleaseFigure.builder().total(Estimate.exact(391)).addStatement(mod).build();
    assertThat(
            rules(
                () ->
                    Direction.builder()
                        .releasing(RU)
                        .receiving(UA)
                        .addFigures(FIRST_FIGURE, other)
                        .build()))
        .containsExactly("EXCHANGE_FIGURE_SOURCE_REPEATED");
  }

  @Test
  void keepsDifferingFiguresAndSaysWhichSourceGaveWhich() {
    ReleaseFigure reuters =
        ReleaseFigure.builder()
            .total(Estimate.exact(391))
            .addStatement(Statement.of(REUTERS, Stance.DISPUTES))
            .build();
    Direction d =
        Direction.builder().releasing(RU).receiving(UA).addFigures(FIRST_FIGURE, reuters).build();
    assertThat(d.figures()).hasSize(2);
    assertThat(d.isDisputed()).isTrue();
    assertThat(d.primaryFigure()).contains(FIRST_FIGURE);
    assertThat(d.released()).isEqualTo(Estimate.exact(390));
    assertThat(d.figureBy(RUSSIAN_MOD)).contains(FIRST_FIGURE);
    assertThat(d.figureBy(ZELENSKY_POST)).contains(FIRST_FIGURE);
    assertThat(d.figureBy(REUTERS).map(ReleaseFigure::total)).contains(Estimate.exact(391));
    assertThat(d.figureBy(Source.of(BY))).isEmpty();
    Direction preferReuters = d.withFigures(reuters, FIRST_FIGURE);
    assertThat(preferReuters.released()).isEqualTo(Estimate.exact(391));
    assertThat(Direction.of(RU, UA, FIRST_FIGURE).isDisputed()).isFalse();
  }

  // ---- directions and exchanges

  @Test
  void rejectsPartyReleasingToItself() {
    assertThatThrownBy(() -> Direction.of(RU, RU, 5))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("EXCHANGE_DIRECTION_SAME_PARTY");
              assertThat(e.violations().get(0).message()).contains("ru to ru");
            });
  }

  @Test
  void acceptsAsymmetricExchanges() {
    Exchange asymmetric =
        exchange().addDirections(Direction.of(UA, RU, 120), Direction.of(RU, UA, 40)).build();
    assertThat(asymmetric.released(UA)).isEqualTo(Estimate.exact(120));
    assertThat(asymmetric.released(RU)).isEqualTo(Estimate.exact(40));
    Exchange bodies =
        exchange()
            .addDirections(
                Direction.of(
                    UA,
                    RU,
                    ReleaseFigure.builder()
                        .total(Estimate.exact(49))
                        .putBreakdown(ReleaseCategory.BODIES, 49L)
                        .build()),
                Direction.of(
                    RU,
                    UA,
                    ReleaseFigure.builder()
                        .total(Estimate.exact(6000))
                        .putBreakdown(ReleaseCategory.BODIES, 6000L)
                        .build()))
            .build();
    assertThat(bodies.released(RU)).isEqualTo(Estimate.exact(6000));
    assertThat(
            bodies
                .direction(RU, UA)
                .flatMap(d -> d.primaryFigure())
                .map(f -> f.count(ReleaseCategory.MILITARY)))
        .contains(OptionalLong.of(0));
    Exchange oneWay = exchange().addDirection(Direction.of(RU, UA, 12)).build();
    assertThat(oneWay.released(UA)).isEqualTo(Estimate.exact(0));
    assertThat(oneWay.direction(UA, RU)).isEmpty();
  }

  @Test
  void rejectsExchangeWithoutDirections() {
    assertThat(rules(() -> exchange().build())).containsExactly("EXCHANGE_NO_DIRECTION");
  }

  @Test
  void rejectsRepeatedDirection() {
    assertThat(
            rules(
                () ->
                    exchange()
                        .addDirections(Direction.of(RU, UA, 1), Direction.of(RU, UA, 2))
                        .build()))
        .containsExactly("EXCHANGE_DIRECTION_DUPLICATE");
    // more than eight directions are compared through a set: the same rule, the same paths
    Exchange.Builder many = exchange();
    for (int i = 0; i < 12; i++) {
      many.addDirections(Direction.of(PartyId.of("p" + (i % 10)), UA, 1));
    }
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, many::build);
    assertThat(e.violations())
        .extracting(v -> v.rule() + "@" + v.path())
        .containsExactly(
            "EXCHANGE_DIRECTION_DUPLICATE@directions[10]",
            "EXCHANGE_DIRECTION_DUPLICATE@directions[11]");
    Exchange.Builder few = exchange();
    for (int i = 0; i < 8; i++) {
      few.addDirections(Direction.of(PartyId.of("p" + (i % 6)), UA, 1));
    }
    InvalidValueException f = catchThrowableOfType(InvalidValueException.class, few::build);
    assertThat(f.violations())
        .extracting(v -> v.rule() + "@" + v.path())
        .containsExactly(
            "EXCHANGE_DIRECTION_DUPLICATE@directions[6]",
            "EXCHANGE_DIRECTION_DUPLICATE@directions[7]");
  }

  @Test
  void rejectsTrancheNumberBelowOneOrWithoutAgreement() {
    assertThat(rules(() -> FIRST_TRANCHE.withTrancheNumber(0)))
        .containsExactly("EXCHANGE_TRANCHE_NUMBER_RANGE");
    assertThat(
            rules(() -> exchange().addDirection(Direction.of(RU, UA, 1)).trancheNumber(2).build()))
        .containsExactly("EXCHANGE_TRANCHE_WITHOUT_AGREEMENT");
  }

  @Test
  void rejectsNeutralThatIsASideAndNamesEveryRuleAtOnce() {
    assertThatThrownBy(
            () ->
                exchange()
                    .addDirections(Direction.of(RU, UA, 1), Direction.of(RU, UA, 1))
                    .addParticipants(
                        Participant.of(UA, Role.MEDIATOR),
                        Participant.of(BY, Role.TRANSIT),
                        Participant.of(BY, Role.TRANSIT))
                    .trancheNumber(0)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes())
                  .containsExactly(
                      "EXCHANGE_DIRECTION_DUPLICATE",
                      "EXCHANGE_TRANCHE_NUMBER_RANGE",
                      "EXCHANGE_TRANCHE_WITHOUT_AGREEMENT",
                      "PARTICIPANT_NEUTRAL_IS_SIDE",
                      "PARTICIPANT_DUPLICATE");
              assertThat(e.violations())
                  .extracting(Violation::path)
                  .contains("directions[1]", "participants[0]", "participants[2]");
            });
    Participant uae = Participant.of(PartyId.of("ae"), Role.MEDIATOR);
    Participant icrc = Participant.of(PartyId.of("icrc"), Role.FACILITATOR);
    assertThat(
            FIRST_TRANCHE.withParticipants(uae, icrc, Participant.of(BY, Role.TRANSIT)).parties())
        .containsExactly(RU, UA, PartyId.of("ae"), PartyId.of("icrc"), BY);
  }

  private static final PartyId TRUMP = PartyId.of("us:trump");

  @Test
  void saysWhichPartiesItInvolves() {
    assertThat(FIRST_TRANCHE.sides()).containsExactly(RU, UA);
    assertThat(FIRST_TRANCHE.parties()).containsExactly(RU, UA, BY, TRUMP);
    assertThat(
            THOUSAND_FOR_THOUSAND
                .withParticipants(Participant.of(PartyId.of("ae"), Role.MEDIATOR))
                .parties())
        .containsExactly(RU, UA, PartyId.of("ae"));
  }

  @Test
  void listsWhatItRefersToForAChronicle() {
    assertThat(FIRST_TRANCHE.recordDate()).isEqualTo(ReportedDate.parse("2025-05-23"));
    assertThat(FIRST_TRANCHE.referencedParties())
        .as("sides, participants, then speakers of sources")
        .containsExactly(RU, UA, BY, TRUMP, ZELENSKY);
    assertThat(FIRST_TRANCHE.referencedPlaces())
        .containsExactly(dev.parley.place.PlaceId.of("ua:chernihiv-oblast"));
    assertThat(FIRST_TRANCHE.referencedRecords()).containsExactly(THOUSAND_FOR_THOUSAND.id());
    Exchange bare = exchange().addDirection(Direction.of(RU, UA, 1)).build();
    assertThat(bare.referencedPlaces()).isEmpty();
    assertThat(bare.referencedRecords()).isEmpty();
    assertThat(THOUSAND_FOR_THOUSAND.recordDate()).isEqualTo(ReportedDate.parse("2025-05-16"));
    assertThat(THOUSAND_FOR_THOUSAND.referencedParties()).containsExactly(RU, UA);
    assertThat(THOUSAND_FOR_THOUSAND.referencedPlaces())
        .containsExactly(dev.parley.place.PlaceId.of("tr:istanbul"));
    assertThat(THOUSAND_FOR_THOUSAND.referencedRecords())
        .containsExactly(RecordId.of("talks:2025-05-16-istanbul"));
    Agreement bareAgreement =
        Agreement.builder()
            .id(RecordId.of("a"))
            .addSides(RU, UA)
            .agreed(ReportedDate.parse("2025"))
            .build();
    assertThat(bareAgreement.referencedPlaces()).isEmpty();
    assertThat(bareAgreement.referencedRecords()).isEmpty();
    assertThat(bareAgreement.parity()).isFalse();
  }

  @Test
  void codesSeparatePromiseFromRelease() {
    assertThat(Crosswalk.codes(FIRST_TRANCHE))
        .extracting(Object::toString)
        .containsExactly("CAMEO 0841 / PLOVER RETREAT (release)");
    Exchange announced = FIRST_TRANCHE.withStatus(ExchangeStatus.ANNOUNCED);
    assertThat(Crosswalk.codes(announced))
        .extracting(Object::toString)
        .containsExactly("CAMEO 0353 / PLOVER CONCEDE (release)");
    assertThat(announced.isCompleted()).isFalse();
    assertThat(Crosswalk.codes(FIRST_TRANCHE.withStatus(ExchangeStatus.POSTPONED)))
        .extracting(EventCode::cameo)
        .containsExactly("0353");
    Exchange cancelled = FIRST_TRANCHE.withStatus(ExchangeStatus.CANCELLED);
    assertThat(Crosswalk.codes(cancelled)).isEmpty();
  }

  // ---- quotas and agreements

  @Test
  void quotasAreNumbersOrWholeCategories() {
    Quota wounded = Quota.all(RU, ReleaseCategory.WOUNDED_OR_SICK, "all seriously wounded");
    assertThat(wounded.isNumeric()).isFalse();
    assertThat(wounded.toString()).isEqualTo("ru: all seriously wounded (WOUNDED_OR_SICK)");
    assertThat(Quota.all(UA, "all for all").category()).isEmpty();
    assertThat(Quota.of(UA, 6000, ReleaseCategory.BODIES).toString()).isEqualTo("ua: 6000 BODIES");
    assertThat(Quota.of(RU, 1000).toString()).isEqualTo("ru: 1000");
  }

  @Test
  void rejectsUndescribedOrBlankWholeCategoryQuota() {
    assertThat(rules(() -> Quota.builder().releasing(RU).category(ReleaseCategory.MINOR).build()))
        .containsExactly("EXCHANGE_QUOTA_DESCRIPTION");
    assertThat(rules(() -> Quota.all(RU, ReleaseCategory.MINOR, "  ")))
        .containsExactly("EXCHANGE_QUOTA_DESCRIPTION");
  }

  @Test
  void rejectsAgreementWithFewerThanTwoDistinctSides() {
    assertThat(
            rules(
                () ->
                    Agreement.builder()
                        .from(THOUSAND_FOR_THOUSAND)
                        .sides(List.of(RU))
                        .quotas(List.of(Quota.of(RU, 1)))
                        .build()))
        .containsExactly("EXCHANGE_AGREEMENT_SIDES");
    assertThat(
            rules(
                () ->
                    Agreement.builder()
                        .from(THOUSAND_FOR_THOUSAND)
                        .sides(List.of(RU, RU))
                        .quotas(List.of(Quota.of(RU, 1)))
                        .build()))
        .containsExactly("EXCHANGE_AGREEMENT_SIDES");
  }

  @Test
  void rejectsQuotaOfANonSideAndRepeatedQuota() {
    assertThat(
            rules(() -> THOUSAND_FOR_THOUSAND.withQuotas(Quota.of(RU, 1000), Quota.of(BY, 1000))))
        .contains("EXCHANGE_QUOTA_NOT_A_SIDE");
    assertThat(
            rules(
                () ->
                    THOUSAND_FOR_THOUSAND
                        .withParity(false)
                        .withQuotas(Quota.of(RU, 1000), Quota.of(RU, 900))))
        .containsExactly("EXCHANGE_QUOTA_DUPLICATE");
    Agreement mixed =
        THOUSAND_FOR_THOUSAND.withQuotas(
            Quota.of(RU, 1000),
            Quota.of(UA, 1000),
            Quota.of(RU, 50, ReleaseCategory.MINOR),
            Quota.all(UA, ReleaseCategory.WOUNDED_OR_SICK, "all seriously wounded"));
    assertThat(mixed.quotasOf(RU)).hasSize(2);
  }

  @Test
  void rejectsParityAgreementWithUnequalQuotasButAcceptsUnequalWithoutParity() {
    assertThat(rules(() -> THOUSAND_FOR_THOUSAND.withQuotas(Quota.of(RU, 1000), Quota.of(UA, 900))))
        .containsExactly("EXCHANGE_PARITY_QUOTAS_UNEQUAL");
    Agreement unequal =
        THOUSAND_FOR_THOUSAND.withParity(false).withQuotas(Quota.of(RU, 1000), Quota.of(UA, 900));
    assertThat(unequal.quotasOf(UA)).containsExactly(Quota.of(UA, 900));
  }

  @Test
  void rejectsTargetBeforeAgreement() {
    assertThat(
            rules(
                () ->
                    THOUSAND_FOR_THOUSAND.withTarget(ReportedDate.parse("2025-05-01/2025-05-10"))))
        .containsExactly("EXCHANGE_TARGET_BEFORE_AGREED");
    assertThat(THOUSAND_FOR_THOUSAND.withTarget(ReportedDate.parse("2025-05")).target())
        .isPresent();
  }

  @Test
  void rejectsMediatorOfAgreementThatIsASide() {
    assertThat(
            rules(() -> THOUSAND_FOR_THOUSAND.withParticipants(Participant.of(RU, Role.MEDIATOR))))
        .containsExactly("PARTICIPANT_NEUTRAL_IS_SIDE");
  }

  // ---- generated values and value contracts

  @Test
  void generatorsProduceValidValues() {
    Laws.qt()
        .forAll(ExchangeGen.exchanges(), ExchangeGen.directions(), ExchangeGen.agreements())
        .checkAssert(
            (e, d, a) -> {
              assertThat(e.sides()).hasSizeGreaterThanOrEqualTo(2);
              assertThat(Exchange.builder().from(e).build()).isEqualTo(e);
              assertThat(Direction.builder().from(d).build()).isEqualTo(d);
              assertThat(a.sides()).hasSize(2);
            });
    Laws.qt()
        .forAll(ExchangeGen.figures())
        .checkAssert(
            f -> {
              for (ReleaseCategory c : ReleaseCategory.values()) {
                assertThat(f.estimate(c).isKnown()).isTrue();
                f.count(c).ifPresent(n -> assertThat(f.estimate(c)).isEqualTo(Estimate.exact(n)));
              }
            });
  }

  @Test
  void valueContracts() {
    ValueContract.check(
        ReleaseFigure.class,
        List.of(FIRST_FIGURE, ReleaseFigure.builder().from(FIRST_FIGURE).build()),
        List.of(FIRST_FIGURE.withStatements()),
        List.of(ReleaseFigure.unknown()));
    Direction d = Direction.of(RU, UA, FIRST_FIGURE);
    ValueContract.check(
        Direction.class,
        List.of(d, Direction.builder().from(d).build()),
        List.of(d.withReceiving(BY)));
    ValueContract.check(
        Exchange.class,
        List.of(FIRST_TRANCHE, Exchange.builder().from(FIRST_TRANCHE).build()),
        List.of(FIRST_TRANCHE.withStatus(ExchangeStatus.ANNOUNCED)));
    ValueContract.check(
        Quota.class,
        List.of(Quota.of(RU, 1000), Quota.of(RU, 1000)),
        List.of(Quota.of(UA, 1000)),
        List.of(Quota.of(RU, 1000, ReleaseCategory.MILITARY)));
    ValueContract.check(
        Agreement.class,
        List.of(THOUSAND_FOR_THOUSAND, Agreement.builder().from(THOUSAND_FOR_THOUSAND).build()),
        List.of(THOUSAND_FOR_THOUSAND.withParity(false)));
  }
}

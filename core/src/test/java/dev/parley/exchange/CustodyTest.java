package dev.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.estimate.Estimate;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.testing.CustodyStory;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import dev.parley.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Custody by a third party and named released people, on {@link CustodyStory}. */
class CustodyTest {
  private static final PartyId RU = CustodyStory.RU;
  private static final PartyId UA = CustodyStory.UA;
  private static final PartyId TR = CustodyStory.TR;
  private static final PartyId AZOV = CustodyStory.AZOV;
  private static final PartyId SA = CustodyStory.SA;
  private static final Custody COMMANDERS_IN_TURKIYE = CustodyStory.COMMANDERS_IN_TURKIYE;
  private static final Direction TO_UKRAINE = CustodyStory.TO_UKRAINE;
  private static final Direction TO_RUSSIA = CustodyStory.TO_RUSSIA;
  private static final Exchange SEPTEMBER_2022 = CustodyStory.SEPTEMBER_2022;

  @Test
  void aMediatorThatTakesCustodyIsNotASide() {
    assertThat(SEPTEMBER_2022.sides()).containsExactly(RU, UA);
    assertThat(SEPTEMBER_2022.parties()).containsExactly(RU, UA, TR, SA);
    assertThat(SEPTEMBER_2022.referencedParties()).contains(TR, AZOV);
    assertThat(TO_UKRAINE.receiving()).contains(UA);
    assertThat(TO_UKRAINE.custody().map(Custody::custodian)).contains(TR);
    assertThat(COMMANDERS_IN_TURKIYE)
        .hasToString("5 held by tr until the end of the war")
        .extracting(Custody::terms)
        .isEqualTo(CustodyTerms.UNTIL_EVENT);
  }

  @Test
  void custodyIsAStatusOfItsOwnAndTheReleaseCounts() {
    assertThat(SEPTEMBER_2022.released(RU)).isEqualTo(Estimate.exact(215));
    assertThat(SEPTEMBER_2022.inCustody(LocalDate.of(2022, 9, 20))).isEmpty();
    assertThat(SEPTEMBER_2022.inCustody(LocalDate.of(2022, 9, 21))).containsExactly(TO_UKRAINE);
    Exchange homeInJuly =
        SEPTEMBER_2022.withDirections(
            TO_UKRAINE.withCustody(
                COMMANDERS_IN_TURKIYE.withEnded(ReportedDate.parse("2023-07-08"))),
            TO_RUSSIA);
    assertThat(homeInJuly.inCustody(LocalDate.of(2023, 7, 7))).hasSize(1);
    assertThat(homeInJuly.inCustody(LocalDate.of(2023, 7, 8))).isEmpty();
    assertThat(SEPTEMBER_2022.withStatus(ExchangeStatus.ANNOUNCED).inCustody(LocalDate.MAX))
        .isEmpty();
    Agreement swap =
        Agreement.builder()
            .id(RecordId.of("agreement:2022-09"))
            .addSides(RU, UA)
            .agreed(ReportedDate.parse("2022-09-21"))
            .addQuotas(Quota.of(RU, 215))
            .build();
    Fulfilment f = Fulfilment.of(swap, List.of(SEPTEMBER_2022.withAgreement(swap.id())));
    assertThat(f.progress(RU).get(0).isMet()).isTrue();
  }

  @Test
  void namedPeopleAreCountedInsideTheFigure() {
    ReleaseFigure toRussia = TO_RUSSIA.primaryFigure().orElseThrow();
    assertThat(toRussia.total()).isEqualTo(Estimate.exact(56));
    assertThat(toRussia.notables())
        .extracting(NotableRelease::name)
        .containsExactly("Viktor Medvedchuk");
    assertThat(
            ReleaseFigure.builder()
                .total(Estimate.unknown())
                .addNotable(NotableRelease.of("A"))
                .addNotable(NotableRelease.of("B"))
                .build()
                .minimum())
        .isEqualTo(2);
    assertThat(NotableRelease.of("Denys Prokopenko", AZOV))
        .hasToString("Denys Prokopenko (ua:azov)");
  }

  @Test
  void custodyTermsCarryExactlyWhatTheyName() {
    assertThat(Custody.open(TR).terms()).isEqualTo(CustodyTerms.OPEN);
    assertThat(Custody.until(TR, ReportedDate.parse("2023-12")).until())
        .contains(ReportedDate.parse("2023-12"));
    assertThatThrownBy(
            () ->
                Custody.builder()
                    .custodian(TR)
                    .terms(CustodyTerms.UNTIL_DATE)
                    .condition(" ")
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsOnly("EXCHANGE_CUSTODY_TERMS");
              assertThat(e.violations())
                  .extracting(v -> v.path())
                  .containsExactly("until", "condition", "condition");
            });
    assertThatThrownBy(() -> Custody.open(TR).withCount(-1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_COUNT_NEGATIVE"));
  }

  @Test
  void rejectsACustodianThatIsTheReleasingOrReceivingParty() {
    assertThatThrownBy(() -> TO_UKRAINE.withCustody(Custody.open(UA)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("EXCHANGE_CUSTODY_PARTY");
              assertThat(e.violations().get(0).path()).isEqualTo("custody.custodian");
            })
        .hasMessageContaining("ua");
  }

  @Test
  void rejectsMoreInCustodyThanReleased() {
    assertThatThrownBy(() -> TO_UKRAINE.withCustody(COMMANDERS_IN_TURKIYE.withCount(216)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_CUSTODY_EXCEEDS_RELEASED"))
        .hasMessageContaining("216");
  }

  @Test
  void rejectsCustodyDatedBeforeTheExchange() {
    Direction early =
        TO_UKRAINE.withCustody(
            Custody.until(TR, ReportedDate.parse("2022-09-01"))
                .withEnded(ReportedDate.parse("2022-08")));
    assertThatThrownBy(() -> SEPTEMBER_2022.withDirections(early, TO_RUSSIA))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("EXCHANGE_CUSTODY_BEFORE_EXCHANGE");
              assertThat(e.violations())
                  .extracting(v -> v.path())
                  .containsExactly("directions[0].custody.until", "directions[0].custody.ended");
            });
  }

  @Test
  void rejectsNamedPeopleBeyondTheFigure() {
    assertThatThrownBy(
            () ->
                ReleaseFigure.builder()
                    .total(Estimate.exact(1))
                    .putBreakdown(ReleaseCategory.MILITARY, 0L)
                    .addNotable(
                        NotableRelease.builder()
                            .name("A")
                            .category(ReleaseCategory.MILITARY)
                            .build())
                    .addNotable(NotableRelease.of("B"))
                    .addNotable(NotableRelease.of("B"))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::rule, Violation::path)
                    .containsExactly(
                        tuple("EXCHANGE_NOTABLE_DUPLICATE", "notables[2]"),
                        tuple("EXCHANGE_NOTABLES_EXCEED_TOTAL", "notables"),
                        tuple("EXCHANGE_NOTABLES_EXCEED_TOTAL", "notables")));
    assertThatThrownBy(() -> NotableRelease.of("  "))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_NOTABLE_NAME_BLANK"));
  }

  @Test
  void aCategoryPutTwiceIsARuleNotACrash() {
    assertThatThrownBy(
            () ->
                ReleaseFigure.builder()
                    .total(Estimate.exact(390))
                    .putBreakdown(ReleaseCategory.MILITARY, 270L)
                    .putBreakdown(ReleaseCategory.MILITARY, 280L)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("EXCHANGE_BREAKDOWN_DUPLICATE");
              assertThat(e.violations().get(0).path()).isEqualTo("breakdown");
            })
        .hasMessageContaining("MILITARY");
  }

  @Test
  void honoursTheValueContract() {
    ValueContract.check(
        Custody.class,
        List.of(COMMANDERS_IN_TURKIYE, Custody.builder().from(COMMANDERS_IN_TURKIYE).build()),
        List.of(Custody.open(TR)));
    ValueContract.check(
        NotableRelease.class,
        List.of(NotableRelease.of("Viktor Medvedchuk"), NotableRelease.of("Viktor Medvedchuk")),
        List.of(NotableRelease.of("Viktor Medvedchuk", UA)));
  }
}

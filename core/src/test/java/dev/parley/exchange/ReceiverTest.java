package dev.parley.exchange;

import static dev.parley.testing.ReceiverStory.EG;
import static dev.parley.testing.ReceiverStory.GAZA;
import static dev.parley.testing.ReceiverStory.HAMAS;
import static dev.parley.testing.ReceiverStory.HOUTHIS;
import static dev.parley.testing.ReceiverStory.ICRC;
import static dev.parley.testing.ReceiverStory.IL;
import static dev.parley.testing.ReceiverStory.ISRAEL;
import static dev.parley.testing.ReceiverStory.RAFAH;
import static dev.parley.testing.ReceiverStory.SA;
import static dev.parley.testing.ReceiverStory.TH;
import static dev.parley.testing.ReceiverStory.WEST_BANK;
import static dev.parley.testing.ReceiverStory.YE_GOV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.estimate.Estimate;
import dev.parley.party.Participant;
import dev.parley.party.Role;
import dev.parley.place.CountryCode;
import dev.parley.testing.ReceiverStory;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import dev.parley.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Who receives, per-direction roles, routes, border places and tranche times ({@link
 * ReceiverStory}).
 */
class ReceiverTest {
  private static void rejects(ThrowingCallable build, String... codes) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactlyInAnyOrder(codes));
  }

  @Test
  void thirdCountryNationalsSentHomeAreANormalDirection() {
    List<Finding> findings =
        ExchangeFindings.checkAgreement(
            ReceiverStory.PAUSE_AGREEMENT, List.of(ReceiverStory.PAUSE_DAY_ONE));
    assertThat(findings).isEmpty();
    assertThat(ReceiverStory.THAIS_HOME.receiverRole()).isEqualTo(Role.HOME_STATE);
    assertThat(ReceiverStory.PAUSE_DAY_ONE.sides()).contains(TH);
  }

  @Test
  void aNonPartyReceiverNotSaidToBeAHomeStateIsStillAFinding() {
    Exchange typo =
        ReceiverStory.PAUSE_DAY_ONE.withDirections(
            ReceiverStory.HOSTAGES_TO_ISRAEL, ReceiverStory.THAIS_HOME.withReceiverRole(Role.SIDE));
    assertThat(ExchangeFindings.checkAgreement(ReceiverStory.PAUSE_AGREEMENT, List.of(typo)))
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "EXCHANGE_DIRECTION_NOT_IN_AGREEMENT", "exchange:2023-11-24.directions[1]"));
  }

  @Test
  void releasesOutsideTheDealCountInWhatWasReleasedButNotTowardTheQuota() {
    Fulfilment f =
        Fulfilment.of(ReceiverStory.PAUSE_AGREEMENT, List.of(ReceiverStory.PAUSE_DAY_ONE));
    assertThat(f.released(HAMAS)).isEqualTo(Estimate.exact(24));
    QuotaProgress hostages = f.progress(HAMAS).get(0);
    assertThat(hostages.released()).isEqualTo(Estimate.exact(13));
    assertThat(hostages.outstanding()).contains(Estimate.exact(37));
    // released into a territory: counts for the releasing side's quota
    QuotaProgress prisoners = f.progress(IL).get(0);
    assertThat(prisoners.released()).isEqualTo(Estimate.exact(39));
    assertThat(prisoners.outstanding()).contains(Estimate.exact(111));
  }

  @Test
  void releaseIntoATerritoryNamesNoReceivingParty() {
    Direction d = ReceiverStory.PRISONERS_INTO_WEST_BANK;
    assertThat(d.receiving()).isEmpty();
    assertThat(d.hasReceivingParty()).isFalse();
    assertThat(d.releasedInto()).contains(WEST_BANK);
    assertThat(d.receiverText()).isEqualTo("into ps:west-bank-and-east-jerusalem");
    assertThat(ReceiverStory.PAUSE_DAY_ONE.referencedPlaces()).contains(WEST_BANK, GAZA, RAFAH);
    assertThat(ReceiverStory.PAUSE_DAY_ONE.direction(IL, HAMAS)).isEmpty();
  }

  @Test
  void rejectsADirectionWithNoReceiver() {
    rejects(
        () -> Direction.builder().releasing(IL).addFigure(ReleaseFigure.of(39)).build(),
        "EXCHANGE_DIRECTION_NO_RECEIVER");
  }

  @Test
  void rejectsAReceiverRoleThatIsNeitherSideNorHomeState() {
    rejects(
        () -> ReceiverStory.THAIS_HOME.withReceiverRole(Role.MEDIATOR), "EXCHANGE_RECEIVER_ROLE");
    rejects(
        () -> ReceiverStory.PRISONERS_INTO_WEST_BANK.withReceiverRole(Role.HOME_STATE),
        "EXCHANGE_RECEIVER_ROLE");
  }

  @Test
  void twoDirectionsIntoTheSamePlaceAreOneDirectionListedTwice() {
    rejects(
        () ->
            ReceiverStory.PAUSE_DAY_ONE.withDirections(
                ReceiverStory.PRISONERS_INTO_WEST_BANK, ReceiverStory.PRISONERS_INTO_WEST_BANK),
        "EXCHANGE_DIRECTION_DUPLICATE");
    Direction intoGaza = Direction.into(IL, GAZA, ReleaseFigure.of(1));
    assertThat(
            ReceiverStory.PAUSE_DAY_ONE
                .withDirections(ReceiverStory.PRISONERS_INTO_WEST_BANK, intoGaza)
                .directions())
        .hasSize(2);
  }

  @Test
  void oneStateReceivesItsOwnNationalsAndIsTheTransitStateForOthers() {
    Exchange yemen = ReceiverStory.YEMEN_APRIL_2023;
    assertThat(ReceiverStory.SAUDIS_HOME.receiving()).contains(SA);
    assertThat(ReceiverStory.SUDANESE_HOME.participants())
        .contains(Participant.of(SA, Role.TRANSIT));
    assertThat(yemen.parties()).contains(SA, ICRC);
    assertThat(ExchangeFindings.checkAgreement(ReceiverStory.YEMEN_AGREEMENT, List.of(yemen)))
        .isEmpty();
    // Said for the whole record, Saudi Arabia's transit role would clash with its receiving.
    rejects(
        () -> yemen.withParticipants(Participant.of(SA, Role.TRANSIT)),
        "PARTICIPANT_NEUTRAL_IS_SIDE");
    // Israel: receives its own nationals from Gaza, transit state for the Thai hostages.
    assertThat(ReceiverStory.THAIS_HOME.participants()).contains(Participant.of(IL, Role.TRANSIT));
  }

  @Test
  void aDirectionsOwnRolesFollowTheParticipantRules() {
    assertThatThrownBy(
            () ->
                ReceiverStory.SAUDIS_HOME.withParticipants(
                    Participant.of(SA, Role.TRANSIT), Participant.of(HOUTHIS, Role.FACILITATOR)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.rule() + " " + v.path())
                    .containsExactly(
                        "PARTICIPANT_NEUTRAL_IS_SIDE participants[0]",
                        "PARTICIPANT_NEUTRAL_IS_SIDE participants[1]"));
    rejects(
        () ->
            ReceiverStory.HOSTAGES_TO_ISRAEL.withParticipants(
                Participant.of(EG, Role.TRANSIT), Participant.of(EG, Role.TRANSIT)),
        "PARTICIPANT_DUPLICATE");
  }

  @Test
  void routesGoFromAPlaceThroughStopsToAPlace() {
    Route r = ReceiverStory.HOSTAGES_TO_ISRAEL.routes().get(0);
    assertThat(r.places()).containsExactly(GAZA, RAFAH, ISRAEL);
    assertThat(r).hasToString("ps:gaza-strip -> eg:rafah-crossing -> il:israel");
    assertThat(ReceiverStory.TO_HOUTHIS.routes()).hasSize(2);
    rejects(() -> Route.of(GAZA, GAZA), "EXCHANGE_ROUTE_PLACE_REPEATED");
    assertThatThrownBy(() -> Route.of(GAZA, List.of(RAFAH, RAFAH), ISRAEL))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("EXCHANGE_ROUTE_PLACE_REPEATED");
              assertThat(e.violations().get(0).path()).isEqualTo("via[1]");
            });
  }

  @Test
  void aTrancheCarriesItsTimeOfDayAndZone() {
    assertThat(ReceiverStory.PAUSE_DAY_ONE.at())
        .contains(ZonedDateTime.of(2023, 11, 24, 16, 0, 0, 0, ZoneId.of("Asia/Jerusalem")));
    assertThat(ReceiverStory.PAUSE_DAY_ONE.at().get().toInstant())
        .isEqualTo(java.time.Instant.parse("2023-11-24T14:00:00Z"));
    assertThat(ReceiverStory.YEMEN_APRIL_2023.at()).isEmpty();
    assertThat(ReceiverStory.PAUSE_DAY_ONE.withZone(java.util.Optional.empty()).at()).isEmpty();
    rejects(
        () -> ReceiverStory.YEMEN_APRIL_2023.withTimeOfDay(LocalTime.of(9, 30)),
        "EXCHANGE_TIME_WITHOUT_DAY");
    assertThat(
            ReceiverStory.YEMEN_APRIL_2023
                .withDate(ReportedDate.parse("2023-04-14"))
                .withTimeOfDay(LocalTime.of(9, 30))
                .timeOfDay())
        .contains(LocalTime.of(9, 30));
  }

  @Test
  void placesOnABorderNameTheCountryAcrossIt() {
    assertThat(ReceiverStory.RAFAH_CROSSING.isOnBorder()).isTrue();
    assertThat(ReceiverStory.RAFAH_CROSSING.borderWith()).contains(CountryCode.of("PS"));
    assertThat(ReceiverStory.BELARUS_UKRAINE_BORDER.borderWith()).contains(CountryCode.of("BY"));
    rejects(
        () -> ReceiverStory.RAFAH_CROSSING.withBorderWith(CountryCode.of("EG")),
        "PLACE_BORDER_SAME_COUNTRY");
  }

  /** "About 700" released by the government of 706; the Houthis' directions have no count. */
  @Test
  void approximateAndUnknownTrancheCountsNeverLeaveAnExactRemainder() {
    Fulfilment f =
        Fulfilment.of(ReceiverStory.YEMEN_AGREEMENT, List.of(ReceiverStory.YEMEN_APRIL_2023));
    QuotaProgress government = f.progress(YE_GOV).get(0);
    assertThat(government.released()).isEqualTo(Estimate.about(700));
    assertThat(government.outstanding()).contains(Estimate.about(6));
    assertThat(government.remaining()).hasValue(706);
    assertThat(government.isMet()).isFalse();
    assertThat(government.isOverFulfilled()).isFalse();
    QuotaProgress houthis = f.progress(HOUTHIS).get(0);
    assertThat(houthis.released()).isEqualTo(Estimate.atLeast(0));
    assertThat(houthis.outstanding()).contains(Estimate.range(0, 181));
    // as of a day inside the three days, the approximate figure is only possibly released
    Fulfilment during =
        Fulfilment.of(
            ReceiverStory.YEMEN_AGREEMENT,
            List.of(ReceiverStory.YEMEN_APRIL_2023),
            LocalDate.of(2023, 4, 15));
    assertThat(during.progress(YE_GOV).get(0).released()).isEqualTo(Estimate.atLeast(0));
    assertThat(during.progress(YE_GOV).get(0).outstanding()).contains(Estimate.range(0, 706));
    for (Fulfilment any : List.of(f, during)) {
      any.quotas()
          .forEach(
              q ->
                  assertThat(q.outstanding().orElseThrow().kind())
                      .isNotEqualTo(dev.parley.estimate.EstimateKind.EXACT));
    }
  }
}

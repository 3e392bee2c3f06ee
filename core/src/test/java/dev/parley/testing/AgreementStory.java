package dev.parley.testing;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.ScopeDomain;
import dev.parley.ceasefire.TimePoint;
import dev.parley.chronicle.Chronicle;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.AgreementRevision;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaRatio;
import dev.parley.exchange.RevisionKind;
import dev.parley.party.Participant;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.party.Role;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Two real exchange agreements that evolve, with their sources, from public reporting.
 *
 * <p>Gaza, November 2023 (Qatari foreign ministry statement of 22 November 2023; Israeli government
 * and Hamas statements of the same day): a four-day humanitarian pause from 24 November, mediated
 * by Qatar with Egypt and the United States, during which Hamas was to release 50 women and
 * children held hostage and Israel 150 Palestinian women and minors, three for each hostage. On 27
 * November Qatar announced a two-day extension, with ten more hostages released each day on the
 * same terms. The daily releases under the deal were 13 for 39, 13 for 39, 13 for 39 and 11 for 33,
 * then 10 for 30 on each day of the extension (foreign nationals released outside the deal are left
 * out).
 *
 * <p>Yemen, 2023 (UN Special Envoy and ICRC statements of 20 March 2023; ICRC statement of 16 April
 * 2023): agreed in Switzerland under UN and ICRC auspices, the government of Yemen and the
 * Saudi-led coalition were to release 706 detainees jointly and the Houthis 181, 887 in all; the
 * ICRC flew them between 14 and 16 April 2023. Reports give no split of the 706 between the
 * government and the coalition.
 */
public final class AgreementStory {
  private AgreementStory() {}

  public static final PartyId IL = PartyId.of("il");
  public static final PartyId HAMAS = PartyId.of("hamas");
  public static final PartyId QA = PartyId.of("qa");
  public static final PartyId EG = PartyId.of("eg");
  public static final PartyId US = PartyId.of("us");

  public static final PartyId YE_GOV = PartyId.of("ye-gov");
  public static final PartyId COALITION = PartyId.of("coalition");
  public static final PartyId HOUTHIS = PartyId.of("houthis");
  public static final PartyId UN = PartyId.of("un");
  public static final PartyId ICRC = PartyId.of("icrc");

  private static final ZoneId GAZA = ZoneId.of("Asia/Gaza");

  private static Statement said(PartyId speaker, String organ, String published, Stance stance) {
    return Statement.of(
        Source.builder()
            .speaker(speaker)
            .organ(organ)
            .published(ReportedDate.parse(published))
            .build(),
        stance);
  }

  public static final RecordId PAUSE_ID = RecordId.of("ceasefire:2023-11-24-gaza-pause");
  public static final RecordId DEAL_ID = RecordId.of("agreement:2023-11-22-gaza-hostages");
  public static final RecordId EXTENSION_ID = RecordId.of("agreement:2023-11-27-gaza-extension");

  /** The hostage and prisoner deal: 50 for 150, three prisoners per hostage. */
  public static final Agreement DEAL =
      Agreement.builder()
          .id(DEAL_ID)
          .addSides(HAMAS, IL)
          .addParticipants(
              Participant.of(QA, Role.MEDIATOR),
              Participant.of(EG, Role.MEDIATOR),
              Participant.of(US, Role.MEDIATOR))
          .agreed(ReportedDate.parse("2023-11-22"))
          .addQuotas(
              Quota.builder().releasing(HAMAS).count(50).description("women and children").build(),
              Quota.builder().releasing(IL).count(150).description("women and minors").build(),
              Quota.builder()
                  .releasing(IL)
                  .ratio(QuotaRatio.of(3, 1, HAMAS))
                  .description("three women or minors for each hostage released")
                  .build())
          .target(ReportedDate.parse("2023-11-24/2023-11-27"))
          .truce(PAUSE_ID)
          .addSources(
              said(QA, "Ministry of Foreign Affairs", "2023-11-22", Stance.CLAIMS),
              said(IL, "Prime Minister's Office", "2023-11-22", Stance.CONFIRMS),
              said(HAMAS, "political bureau", "2023-11-22", Stance.CONFIRMS))
          .note("one more day of pause for every further ten hostages released")
          .build();

  /** Qatar's announcement of 27 November: two more days, ten hostages a day on the same terms. */
  public static final Agreement EXTENSION =
      Agreement.builder()
          .id(EXTENSION_ID)
          .addSides(HAMAS, IL)
          .addParticipants(Participant.of(QA, Role.MEDIATOR), Participant.of(EG, Role.MEDIATOR))
          .agreed(ReportedDate.parse("2023-11-27"))
          .revises(AgreementRevision.of(DEAL_ID, RevisionKind.EXTENSION))
          .addQuotas(
              Quota.builder().releasing(HAMAS).count(20).description("women and children").build(),
              Quota.builder().releasing(IL).count(60).description("women and minors").build())
          .target(ReportedDate.parse("2023-11-28/2023-11-29"))
          .addSources(said(QA, "Ministry of Foreign Affairs", "2023-11-27", Stance.CLAIMS))
          .build();

  /** The humanitarian pause the deal is part of, in effect from 07:00 local time on 24 November. */
  public static final CeasefireProposal PAUSE =
      CeasefireProposal.builder()
          .id(PAUSE_ID)
          .proposer(QA)
          .addAddressees(IL, HAMAS)
          .kind(ProposalKind.PROPOSAL)
          .scope(Scope.partial(ScopeDomain.HUMANITARIAN_PAUSE))
          .duration(Duration.ofDays(4))
          .date(ReportedDate.parse("2023-11-22"))
          .addEvent(
              LifecycleEvent.of(
                  LifecycleEventType.ACCEPTED_BY_ALL,
                  TimePoint.of(ReportedDate.parse("2023-11-22"))))
          .addEvent(
              LifecycleEvent.of(
                  LifecycleEventType.IN_EFFECT,
                  TimePoint.of(ZonedDateTime.of(2023, 11, 24, 7, 0, 0, 0, GAZA))))
          .addExchangeAgreements(DEAL_ID)
          .build();

  /** One day's release under an agreement: hostages to Israel, prisoners in return. */
  public static Exchange day(RecordId agreement, String date, int tranche, long hostages) {
    return Exchange.builder()
        .id(RecordId.of("exchange:" + date + "-gaza"))
        .agreement(agreement)
        .date(ReportedDate.parse(date))
        .trancheNumber(tranche)
        .addDirection(Direction.of(HAMAS, IL, hostages))
        .addDirection(Direction.of(IL, HAMAS, 3 * hostages))
        .addParticipant(Participant.of(PartyId.of("icrc"), Role.FACILITATOR))
        .status(ExchangeStatus.COMPLETED)
        .build();
  }

  public static final List<Exchange> GAZA_TRANCHES =
      List.of(
          day(DEAL_ID, "2023-11-24", 1, 13),
          day(DEAL_ID, "2023-11-25", 2, 13),
          day(DEAL_ID, "2023-11-26", 3, 13),
          day(DEAL_ID, "2023-11-27", 4, 11),
          day(EXTENSION_ID, "2023-11-28", 1, 10),
          day(EXTENSION_ID, "2023-11-29", 2, 10));

  public static final RecordId YEMEN_ID = RecordId.of("agreement:2023-03-20-yemen-detainees");

  /** The Yemen detainee deal: the government and the coalition 706 jointly, the Houthis 181. */
  public static final Agreement YEMEN =
      Agreement.builder()
          .id(YEMEN_ID)
          .addSides(YE_GOV, COALITION, HOUTHIS)
          .addParticipants(
              Participant.of(UN, Role.MEDIATOR), Participant.of(ICRC, Role.FACILITATOR))
          .agreed(ReportedDate.parse("2023-03-20"))
          .addQuotas(
              Quota.builder().releasing(YE_GOV).addJointWith(COALITION).count(706).build(),
              Quota.of(HOUTHIS, 181))
          .addSources(
              said(UN, "Office of the Special Envoy for Yemen", "2023-03-20", Stance.CLAIMS),
              said(ICRC, "press release", "2023-03-20", Stance.CONFIRMS))
          .note("agreed in Switzerland at talks co-chaired by the UN and the ICRC")
          .build();

  /** The ICRC's flights of 14 to 16 April 2023 (ICRC statement, 16 April 2023). */
  public static final Exchange YEMEN_FLIGHTS =
      Exchange.builder()
          .id(RecordId.of("exchange:2023-04-14-yemen"))
          .agreement(YEMEN_ID)
          .date(ReportedDate.parse("2023-04-14/2023-04-16"))
          .addDirection(Direction.of(YE_GOV, HOUTHIS, 706))
          .addDirection(Direction.of(HOUTHIS, YE_GOV, 181))
          .addParticipant(Participant.of(ICRC, Role.FACILITATOR))
          .status(ExchangeStatus.COMPLETED)
          .note("released by the government and the coalition together; reports give no split")
          .build();

  public static final List<Party> PARTIES =
      List.of(
          Party.of(IL, "Israel", PartyKind.STATE),
          Party.of(HAMAS, "Hamas", PartyKind.ARMED_GROUP),
          Party.of(QA, "Qatar", PartyKind.STATE),
          Party.of(EG, "Egypt", PartyKind.STATE),
          Party.of(US, "United States", PartyKind.STATE),
          Party.of(YE_GOV, "Government of Yemen", PartyKind.STATE),
          Party.of(COALITION, "Saudi-led coalition", PartyKind.INTERNATIONAL_ORGANISATION),
          Party.of(HOUTHIS, "Ansar Allah (Houthis)", PartyKind.ARMED_GROUP),
          Party.of(UN, "United Nations", PartyKind.INTERNATIONAL_ORGANISATION),
          Party.of(
              ICRC,
              "International Committee of the Red Cross",
              PartyKind.INTERNATIONAL_ORGANISATION));

  /** Both stories in one chronicle. */
  public static Chronicle chronicle() {
    return Chronicle.builder()
        .addAllParties(PARTIES)
        .addRecords(DEAL, EXTENSION, PAUSE, YEMEN, YEMEN_FLIGHTS)
        .addAllRecords(GAZA_TRANCHES)
        .build();
  }
}

package dev.parley.testing;

import dev.parley.ceasefire.ReleaseCondition;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceExtension;
import dev.parley.chronicle.Chronicle;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Quota;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The humanitarian pause in Gaza of November 2023, agreed by Israel and Hamas through Qatar, Egypt
 * and the United States: announced on 22 November, in force from 07:00 local time on 24 November
 * for four days, extended on 27 November by two days against the release of ten further hostages a
 * day (20), and on 30 November by one more day against ten more; fighting resumed on the morning of
 * 1 December, when the last extension ran out.
 *
 * <p>Releases recorded here, as widely reported: 10 Israeli hostages on 28 November and 10 on 29
 * November for 30 Palestinian prisoners each day under the two-day extension; 8 hostages on 30
 * November for 30 prisoners (Israel counted two Russian-Israeli women freed on 29 November outside
 * the deal toward that day's ten). Thai and other foreign nationals released outside the deal are
 * left out.
 */
public final class GazaPauseStory {
  private GazaPauseStory() {}

  public static final ZoneId GAZA = ZoneId.of("Asia/Gaza");

  public static final PartyId IL = PartyId.of("il");
  public static final PartyId HAMAS = PartyId.of("hamas");
  public static final PartyId QA = PartyId.of("qa");
  public static final PartyId EG = PartyId.of("eg");
  public static final PartyId US = PartyId.of("us");

  public static final RecordId PAUSE_ID = RecordId.of("truce:2023-11-24-gaza-pause");
  public static final RecordId DEAL_ID = RecordId.of("agreement:2023-11-22-gaza-hostages");
  public static final RecordId EXTENSION_DEAL_ID =
      RecordId.of("agreement:2023-11-27-gaza-extension");
  public static final RecordId NOV_28 = RecordId.of("exchange:2023-11-28-gaza");
  public static final RecordId NOV_29 = RecordId.of("exchange:2023-11-29-gaza");
  public static final RecordId NOV_30 = RecordId.of("exchange:2023-11-30-gaza");

  /** Entry into force: 07:00 on Friday 24 November 2023, Gaza time. */
  public static final ZonedDateTime IN_FORCE = ZonedDateTime.of(2023, 11, 24, 7, 0, 0, 0, GAZA);

  /** The end after both extensions: 07:00 on 1 December 2023, Gaza time. */
  public static final ZonedDateTime FINAL_END = ZonedDateTime.of(2023, 12, 1, 7, 0, 0, 0, GAZA);

  public static Party israel() {
    return Party.of(IL, "Israel", PartyKind.STATE);
  }

  public static Party hamas() {
    return Party.of(HAMAS, "Hamas", PartyKind.ARMED_GROUP);
  }

  /** Two days, announced by Qatar on 27 November, against ten hostages a day. */
  public static TruceExtension twoDays() {
    return TruceExtension.builder()
        .announced(TimePoint.parse("2023-11-27"))
        .end(TimePoint.of(ZonedDateTime.of(2023, 11, 30, 7, 0, 0, 0, GAZA)))
        .condition(ReleaseCondition.of(EXTENSION_DEAL_ID, HAMAS, 20))
        .build();
  }

  /** One more day, announced on 30 November shortly before the pause was to lapse. */
  public static TruceExtension oneDay() {
    return TruceExtension.builder()
        .announced(TimePoint.parse("2023-11-30"))
        .end(TimePoint.of(FINAL_END))
        .condition(ReleaseCondition.of(NOV_30, HAMAS, 10))
        .build();
  }

  public static Truce.Builder pauseBuilder() {
    return Truce.builder()
        .id(PAUSE_ID)
        .addParties(IL, HAMAS)
        .addMediators(QA, EG, US)
        .announced(TimePoint.parse("2023-11-22"))
        .zone(GAZA)
        .inForce(LocalDateTime.of(2023, 11, 24, 7, 0))
        .length(Duration.ofDays(4))
        .note("humanitarian pause")
        .addProvenance(Statement.of(Source.builder().speaker(QA).build(), Stance.CLAIMS));
  }

  /** The pause with both extensions. */
  public static Truce pause() {
    return pauseBuilder().addExtensions(twoDays(), oneDay()).build();
  }

  /** 50 hostages (women and children) for 150 Palestinian prisoners over the first four days. */
  public static Agreement deal() {
    return Agreement.builder()
        .id(DEAL_ID)
        .addSides(IL, HAMAS)
        .addParticipants(
            Participant.of(QA, Role.MEDIATOR),
            Participant.of(EG, Role.MEDIATOR),
            Participant.of(US, Role.MEDIATOR))
        .agreed(ReportedDate.parse("2023-11-22"))
        .addQuotas(Quota.of(HAMAS, 50), Quota.of(IL, 150))
        .build();
  }

  /** The two-day extension's releases: 20 hostages for 60 prisoners. */
  public static Agreement extensionDeal() {
    return Agreement.builder()
        .id(EXTENSION_DEAL_ID)
        .addSides(IL, HAMAS)
        .addParticipants(Participant.of(QA, Role.MEDIATOR), Participant.of(EG, Role.MEDIATOR))
        .agreed(ReportedDate.parse("2023-11-27"))
        .addQuotas(Quota.of(HAMAS, 20), Quota.of(IL, 60))
        .build();
  }

  static Exchange day(RecordId id, String date, long hostages, long prisoners) {
    return Exchange.builder()
        .id(id)
        .date(ReportedDate.parse(date))
        .addDirections(Direction.of(HAMAS, IL, hostages), Direction.of(IL, HAMAS, prisoners))
        .status(ExchangeStatus.COMPLETED)
        .build();
  }

  public static Exchange nov28() {
    return day(NOV_28, "2023-11-28", 10, 30).withAgreement(EXTENSION_DEAL_ID);
  }

  public static Exchange nov29() {
    return day(NOV_29, "2023-11-29", 10, 30).withAgreement(EXTENSION_DEAL_ID);
  }

  public static Exchange nov30() {
    return day(NOV_30, "2023-11-30", 8, 30);
  }

  /** The parties, the truce, the deals and the extension's releases. */
  public static Chronicle chronicle() {
    return Chronicle.builder()
        .addParties(
            israel(),
            hamas(),
            Party.of(QA, "Qatar", PartyKind.STATE),
            Party.of(EG, "Egypt", PartyKind.STATE),
            Party.of(US, "United States", PartyKind.STATE))
        .addRecords(pause(), deal(), extensionDeal(), nov28(), nov29(), nov30())
        .build();
  }
}

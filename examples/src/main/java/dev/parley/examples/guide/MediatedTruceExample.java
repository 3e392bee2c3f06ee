package dev.parley.examples.guide;

import dev.parley.ceasefire.ReleaseCondition;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceExtension;
import dev.parley.ceasefire.TruceStatus;
import dev.parley.chronicle.Chronicle;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.AgreementRevision;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaProgress;
import dev.parley.exchange.QuotaRatio;
import dev.parley.exchange.RevisionKind;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An extended, mediated truce with ratio-based releases, from public reporting: Israel and Hamas
 * agreed through Qatar, Egypt and the United States to a humanitarian pause in Gaza, announced on
 * 22 November 2023 and in force from 07:00 local time on 24 November for four days, during which
 * Hamas was to release 50 women and children held hostage and Israel three Palestinian women or
 * minors for each of them. On 27 November Qatar announced two more days, against ten more hostages
 * a day. The daily releases were 13, 13, 13 and 11 hostages, then 10 and 10, each for three times
 * as many prisoners.
 */
public final class MediatedTruceExample {
  private MediatedTruceExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    PartyId israel = PartyId.of("il");
    PartyId hamas = PartyId.of("hamas");
    PartyId qatar = PartyId.of("qa");
    PartyId egypt = PartyId.of("eg");
    PartyId us = PartyId.of("us");
    ZoneId gaza = ZoneId.of("Asia/Gaza");
    RecordId pauseId = RecordId.of("truce:2023-11-24-gaza-pause");

    // The releases: three prisoners for each hostage, due as Hamas actually releases.
    Agreement deal =
        Agreement.builder()
            .id(RecordId.of("agreement:2023-11-22-gaza-hostages"))
            .addSides(hamas, israel)
            .agreed(ReportedDate.parse("2023-11-22"))
            .addQuotas(
                Quota.of(hamas, 50),
                Quota.builder().releasing(israel).ratio(QuotaRatio.of(3, 1, hamas)).build())
            .truce(pauseId)
            .build();
    Agreement moreReleases =
        Agreement.builder()
            .id(RecordId.of("agreement:2023-11-27-gaza-extension"))
            .addSides(hamas, israel)
            .agreed(ReportedDate.parse("2023-11-27"))
            .revises(AgreementRevision.of(deal.id(), RevisionKind.EXTENSION))
            .addQuotas(Quota.of(hamas, 20))
            .truce(pauseId)
            .build();

    // The truce: agreed by the two sides, brokered by three mediators, extended against releases.
    Truce pause =
        Truce.builder()
            .id(pauseId)
            .addParties(israel, hamas)
            .addMediators(qatar, egypt, us)
            .announced(TimePoint.parse("2023-11-22"))
            .zone(gaza)
            .inForce(LocalDateTime.of(2023, 11, 24, 7, 0))
            .length(Duration.ofDays(4))
            .addExtensions(
                TruceExtension.builder()
                    .announced(TimePoint.parse("2023-11-27"))
                    .end(TimePoint.of(ZonedDateTime.of(2023, 11, 30, 7, 0, 0, 0, gaza)))
                    .condition(ReleaseCondition.of(moreReleases.id(), hamas, 20))
                    .build())
            .build();

    List<ChronicleRecord> records = new ArrayList<>(List.of(pause, deal, moreReleases));
    records.addAll(GazaReleases.tranches(hamas, israel, deal.id(), moreReleases.id()));
    Chronicle chronicle =
        Chronicle.builder()
            .addParties(
                Party.of(israel, "Israel", PartyKind.STATE),
                Party.of(hamas, "Hamas", PartyKind.ARMED_GROUP),
                Party.of(qatar, "Qatar", PartyKind.STATE),
                Party.of(egypt, "Egypt", PartyKind.STATE),
                Party.of(us, "United States", PartyKind.STATE))
            .addAllRecords(records)
            .build();

    // Status at an instant, in the truce's own zone whoever asks.
    for (ZonedDateTime at :
        List.of(
            ZonedDateTime.of(2023, 11, 29, 12, 0, 0, 0, gaza),
            ZonedDateTime.of(2023, 11, 30, 1, 0, 0, 0, ZoneId.of("America/New_York")))) {
      TruceStatus status = chronicle.ceasefires().truceStatus(pauseId, at).get();
      out.println(
          at
              + ": "
              + status.phase()
              + ", end after extensions "
              + status.effectiveEnd().get()
              + ", extension conditions "
              + status.conditions());
    }
    for (QuotaProgress q :
        chronicle
            .exchanges()
            .chainFulfilment(moreReleases.id(), LocalDate.of(2023, 11, 29))
            .get()
            .quotas()) {
      out.println(q.quota() + ": released " + q.released() + " of " + q.due().get());
    }
    out.println("findings: " + chronicle.validate().findings());
  }
}

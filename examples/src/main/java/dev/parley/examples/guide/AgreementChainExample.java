package dev.parley.examples.guide;

import dev.parley.chronicle.Chronicle;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.AgreementRevision;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaProgress;
import dev.parley.exchange.QuotaRatio;
import dev.parley.exchange.RevisionKind;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An agreement that was extended, with a ratio quota, from public reporting: on 22 November 2023
 * Qatar announced a deal under which Hamas was to release 50 women and children held hostage and
 * Israel three Palestinian women or minors for each of them, over four days from 24 November; on 27
 * November Qatar announced two more days, with ten more hostages released each day on the same
 * terms. The daily releases were 13, 13, 13 and 11 hostages, then 10 and 10, each for three times
 * as many prisoners.
 */
public final class AgreementChainExample {
  private AgreementChainExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    PartyId israel = PartyId.of("il");
    PartyId hamas = PartyId.of("hamas");
    PartyId qatar = PartyId.of("qa");
    Statement qatarAnnounced =
        Statement.of(
            Source.builder().speaker(qatar).organ("Ministry of Foreign Affairs").build(),
            Stance.CLAIMS);

    // Three prisoners for each hostage released: due is computed from what Hamas releases.
    Agreement deal =
        Agreement.builder()
            .id(RecordId.of("agreement:2023-11-22-gaza-hostages"))
            .addSides(hamas, israel)
            .agreed(ReportedDate.parse("2023-11-22"))
            .addQuotas(
                Quota.of(hamas, 50),
                Quota.builder().releasing(israel).ratio(QuotaRatio.of(3, 1, hamas)).build())
            .target(ReportedDate.parse("2023-11-24/2023-11-27"))
            .addSources(qatarAnnounced)
            .build();

    // The extension links to the deal and adds twenty hostages and two days.
    Agreement extension =
        Agreement.builder()
            .id(RecordId.of("agreement:2023-11-27-gaza-extension"))
            .addSides(hamas, israel)
            .agreed(ReportedDate.parse("2023-11-27"))
            .revises(AgreementRevision.of(deal.id(), RevisionKind.EXTENSION))
            .addQuotas(Quota.of(hamas, 20))
            .target(ReportedDate.parse("2023-11-28/2023-11-29"))
            .addSources(qatarAnnounced)
            .build();

    List<ChronicleRecord> records = new ArrayList<>(List.of(deal, extension));
    records.addAll(GazaReleases.tranches(hamas, israel, deal.id(), extension.id()));
    Chronicle chronicle =
        Chronicle.builder()
            .addParties(
                Party.of(israel, "Israel", PartyKind.STATE),
                Party.of(hamas, "Hamas", PartyKind.ARMED_GROUP),
                Party.of(qatar, "Qatar", PartyKind.STATE))
            .addAllRecords(records)
            .build();

    // Ask about the extension: the answer covers the whole chain.
    out.println(
        "target after extensions: " + chronicle.exchanges().effectiveTarget(extension.id()).get());
    Fulfilment onDayFive =
        chronicle.exchanges().chainFulfilment(extension.id(), LocalDate.of(2023, 11, 28)).get();
    for (QuotaProgress q : onDayFive.quotas()) {
      out.println(q.quota() + ": released " + q.released() + " of " + q.due().get());
    }
    out.println("findings: " + chronicle.validate().findings());
  }
}

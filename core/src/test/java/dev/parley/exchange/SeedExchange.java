package dev.parley.exchange;

import dev.parley.estimate.Estimate;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Collection;

/** The May 2025 exchange of the seed report, built through the public API. */
final class SeedExchange {
  static final PartyId RU = PartyId.of("ru");
  static final PartyId UA = PartyId.of("ua");
  static final PartyId BY = PartyId.of("by");
  static final PartyId ZELENSKY = PartyId.of("ua:zelensky");

  static final Source RUSSIAN_MOD = Source.builder()
      .speaker(RU).organ("Ministry of Defence").published(ReportedDate.parse("2025-05-23")).build();
  static final Source ZELENSKY_POST = Source.builder()
      .speaker(ZELENSKY).outlet("Telegram").published(ReportedDate.parse("2025-05-23")).build();

  static final LocalDate FRIDAY = LocalDate.of(2025, 5, 23);

  static final Agreement THOUSAND_FOR_THOUSAND = Agreement.builder()
      .id(RecordId.of("agreement:2025-05-16-1000-for-1000"))
      .addSides(RU, UA)
      .agreed(ReportedDate.parse("2025-05-16"))
      .venue(PlaceId.of("tr:istanbul"))
      .negotiationRound(RecordId.of("talks:2025-05-16-istanbul"))
      .addQuotas(Quota.of(RU, 1000), Quota.of(UA, 1000))
      .parity(true)
      .target(ReportedDate.parse("2025-05-23/2025-05-25"))
      .build();

  /** 390 released, 270 military and 120 civilians, as Russia's defence ministry stated and Zelensky confirmed. */
  static final ReleaseFigure FIRST_FIGURE = ReleaseFigure.builder()
      .total(Estimate.exact(390))
      .putBreakdown(ReleaseCategory.MILITARY, 270L)
      .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
      .addStatement(Statement.of(RUSSIAN_MOD, Stance.CLAIMS))
      .addStatement(Statement.of(ZELENSKY_POST, Stance.CONFIRMS))
      .build();

  static final Exchange FIRST_TRANCHE = Exchange.builder()
      .id(RecordId.of("exchange:2025-05-23"))
      .agreement(THOUSAND_FOR_THOUSAND.id())
      .date(ReportedDate.ofDay(FRIDAY))
      .trancheNumber(1)
      .addDirection(Direction.of(RU, UA, FIRST_FIGURE))
      .addDirection(Direction.of(UA, RU, FIRST_FIGURE))
      .addParticipant(Participant.of(BY, Role.TRANSIT))
      .venue(PlaceId.of("ua:chernihiv-oblast"))
      .status(ExchangeStatus.COMPLETED)
      .build();

  private SeedExchange() {}

  /**
   * Prints an agreement's fulfilment, one line per quota; a demo can copy this.
   *
   * @param out where to print
   * @param agreement the agreement
   * @param exchanges its tranches
   * @param asOf the day
   */
  static void printFulfilment(PrintStream out, Agreement agreement, Collection<Exchange> exchanges, LocalDate asOf) {
    Fulfilment f = Fulfilment.of(agreement, exchanges, asOf);
    out.printf("%s as of %s (%d tranches counted)%n", agreement.id(), asOf, f.tranches().size());
    for (QuotaProgress p : f.quotas()) {
      out.println("  " + p);
    }
    for (SideRelease s : f.sides()) {
      out.printf("  %s released %s: military %s, civilian %s%n", s.party(), s.total(),
          s.released(ReleaseCategory.MILITARY), s.released(ReleaseCategory.CIVILIAN));
    }
    ExchangeFindings.checkAgreement(agreement, exchanges).forEach(finding -> out.println("  " + finding));
  }
}

package dev.parley.exchange;

import dev.parley.party.PartyId;
import dev.parley.provenance.Source;
import dev.parley.testing.SeedStory;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Collection;

/** The May 2025 exchange of the seed report, from the shared seed fixture. */
final class SeedExchange {
  static final PartyId RU = SeedStory.RUSSIA.id();
  static final PartyId UA = SeedStory.UKRAINE.id();
  static final PartyId BY = SeedStory.BELARUS.id();
  static final PartyId ZELENSKY = SeedStory.ZELENSKY.id();

  static final Source RUSSIAN_MOD = SeedStory.RUSSIAN_MOD;
  static final Source ZELENSKY_POST = SeedStory.ZELENSKY_STATEMENT;

  static final LocalDate FRIDAY = SeedStory.FRIDAY;

  static final Agreement THOUSAND_FOR_THOUSAND = SeedStory.THOUSAND_FOR_THOUSAND;

  /**
   * 390 released, 270 military and 120 civilians, as Russia's defence ministry stated and Zelensky
   * confirmed.
   */
  static final ReleaseFigure FIRST_FIGURE = SeedStory.FIRST_TRANCHE_FIGURE;

  static final Exchange FIRST_TRANCHE = SeedStory.FIRST_TRANCHE;

  private SeedExchange() {}

  /**
   * Prints an agreement's fulfilment, one line per quota; a demo can copy this.
   *
   * @param out where to print
   * @param agreement the agreement
   * @param exchanges its tranches
   * @param asOf the day
   */
  static void printFulfilment(
      PrintStream out, Agreement agreement, Collection<Exchange> exchanges, LocalDate asOf) {
    Fulfilment f = Fulfilment.of(agreement, exchanges, asOf);
    out.printf("%s as of %s (%d tranches counted)%n", agreement.id(), asOf, f.tranches().size());
    for (QuotaProgress p : f.quotas()) {
      out.println("  " + p);
    }
    for (SideRelease s : f.sides()) {
      out.printf(
          "  %s released %s: military %s, civilian %s%n",
          s.party(),
          s.total(),
          s.released(ReleaseCategory.MILITARY),
          s.released(ReleaseCategory.CIVILIAN));
    }
    ExchangeFindings.checkAgreement(agreement, exchanges)
        .forEach(finding -> out.println("  " + finding));
  }
}

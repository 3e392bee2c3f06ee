package dev.parley.examples.guide;

import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.party.PartyId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/** Build and validate a prisoner exchange, and compute how much of its agreement is fulfilled. */
public final class ExchangeExample {
  private ExchangeExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    PartyId russia = PartyId.of("ru");
    PartyId ukraine = PartyId.of("ua");

    // The framework: 1,000 for 1,000, agreed at the Istanbul talks.
    Agreement agreement =
        Agreement.builder()
            .id(RecordId.of("agreement:2025-05-16-1000-for-1000"))
            .addSides(russia, ukraine)
            .agreed(ReportedDate.parse("2025-05-16"))
            .addQuotas(Quota.of(russia, 1000), Quota.of(ukraine, 1000))
            .parity(true)
            .build();

    // One figure, two sources: stated by Russia's defence ministry, confirmed by Ukraine's
    // president.
    ReleaseFigure figure =
        ReleaseFigure.builder()
            .total(Estimate.exact(390))
            .putBreakdown(ReleaseCategory.MILITARY, 270L)
            .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
            .addStatement(
                Statement.of(
                    Source.builder().speaker(russia).organ("Ministry of Defence").build(),
                    Stance.CLAIMS))
            .addStatement(Statement.of(Source.of(PartyId.of("ua:zelensky")), Stance.CONFIRMS))
            .build();

    // The first tranche. Only completed tranches count toward fulfilment.
    Exchange firstTranche =
        Exchange.builder()
            .id(RecordId.of("exchange:2025-05-23"))
            .agreement(agreement.id())
            .date(ReportedDate.parse("2025-05-23"))
            .trancheNumber(1)
            .addDirection(Direction.of(russia, ukraine, figure))
            .addDirection(Direction.of(ukraine, russia, figure))
            .status(ExchangeStatus.COMPLETED)
            .build();

    // Fulfilment is computed, never typed in.
    Fulfilment f = Fulfilment.of(agreement, List.of(firstTranche), LocalDate.of(2025, 5, 23));
    out.println(
        "released by Russia: "
            + f.released(russia)
            + ", remaining "
            + f.progress(russia).get(0).remaining().getAsLong());

    // A breakdown larger than its total cannot be built; the exception names every broken rule.
    try {
      ReleaseFigure.builder()
          .total(Estimate.exact(100))
          .putBreakdown(ReleaseCategory.MILITARY, 270L)
          .build();
    } catch (InvalidValueException e) {
      out.println("rejected: " + e.ruleCodes());
    }
  }
}

package dev.parley.testing;

import dev.parley.estimate.Estimate;
import dev.parley.exchange.AgeRange;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.FigurePart;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaCounting;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.exchange.ReportedTotal;
import dev.parley.exchange.RunningNumber;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;

/**
 * Two real exchanges with what reports say beside the computed figures.
 *
 * <p>19 April 2025, mediated by the UAE: 246 for 246, and "as a goodwill gesture, 31 wounded
 * prisoners of war were handed over in exchange for 15 wounded Russian prisoners of war needing
 * urgent medical help" (Russian defence ministry); Ukraine's Coordination Headquarters called it
 * the 63rd exchange since the full-scale war began.
 *
 * <p>Istanbul, 2 June 2025: all for all of the seriously wounded and of those aged 18 to 25, and
 * 6,000 bodies for 6,000; the first stage was on 9 June, and on 11 June the bodies of 1,212 fallen
 * defenders were brought back to Ukraine.
 */
public final class ExtrasStory {
  private ExtrasStory() {}

  public static final PartyId RU = PartyId.of("ru");
  public static final PartyId UA = PartyId.of("ua");
  public static final PartyId AE = PartyId.of("ae");

  private static final String HQ =
      "Coordination Headquarters for the Treatment of Prisoners of War";

  private static Statement claim(PartyId speaker, String organ, String published) {
    return Statement.of(
        Source.builder()
            .speaker(speaker)
            .organ(organ)
            .published(ReportedDate.parse(published))
            .build(),
        Stance.CLAIMS);
  }

  public static final Statement RUSSIAN_MOD = claim(RU, "Ministry of Defence", "2025-04-19");

  public static final Statement COORDINATION_HQ = claim(UA, HQ, "2025-04-19");

  public static final Statement COORDINATION_HQ_JUNE = claim(UA, HQ, "2025-06-11");

  public static final Agreement EASTER_SWAP =
      Agreement.builder()
          .id(RecordId.of("agreement:2025-04-19-246-for-246"))
          .addSides(RU, UA)
          .agreed(ReportedDate.parse("2025-04-19"))
          .addQuotas(Quota.of(RU, 246), Quota.of(UA, 246))
          .parity(true)
          .addParticipant(Participant.of(AE, Role.MEDIATOR))
          .build();

  public static final Exchange EASTER =
      Exchange.builder()
          .id(RecordId.of("exchange:2025-04-19"))
          .agreement(EASTER_SWAP.id())
          .date(ReportedDate.parse("2025-04-19"))
          .addDirection(
              Direction.of(
                  RU,
                  UA,
                  ReleaseFigure.builder()
                      .total(Estimate.exact(277))
                      .addPart(FigurePart.of(Estimate.exact(246), QuotaCounting.AGAINST_QUOTA))
                      .addPart(
                          FigurePart.builder()
                              .count(Estimate.exact(31))
                              .category(ReleaseCategory.WOUNDED_OR_SICK)
                              .counting(QuotaCounting.IN_ADDITION)
                              .description("wounded, handed over as a goodwill gesture")
                              .build())
                      .addStatement(RUSSIAN_MOD)
                      .build()))
          .addDirection(
              Direction.of(
                  UA,
                  RU,
                  ReleaseFigure.builder()
                      .total(Estimate.exact(261))
                      .addPart(FigurePart.of(Estimate.exact(246), QuotaCounting.AGAINST_QUOTA))
                      .addPart(
                          FigurePart.builder()
                              .count(Estimate.exact(15))
                              .category(ReleaseCategory.WOUNDED_OR_SICK)
                              .counting(QuotaCounting.IN_ADDITION)
                              .build())
                      .addStatement(RUSSIAN_MOD)
                      .build()))
          .addParticipant(Participant.of(AE, Role.MEDIATOR))
          .runningNumber(RunningNumber.of(63, COORDINATION_HQ))
          .note("the extra wounded were exchanged as a goodwill gesture")
          .status(ExchangeStatus.COMPLETED)
          .build();

  public static final Agreement ISTANBUL_JUNE =
      Agreement.builder()
          .id(RecordId.of("agreement:2025-06-02-istanbul"))
          .addSides(RU, UA)
          .agreed(ReportedDate.parse("2025-06-02"))
          .addQuotas(
              Quota.of(RU, 6000, ReleaseCategory.BODIES),
              Quota.of(UA, 6000, ReleaseCategory.BODIES),
              Quota.all(RU, ReleaseCategory.WOUNDED_OR_SICK, "all seriously wounded"),
              Quota.builder()
                  .releasing(RU)
                  .category(ReleaseCategory.MILITARY)
                  .ages(AgeRange.of(18, 25))
                  .description("all servicemen aged 18 to 25")
                  .build())
          .implementationStart(ReportedDate.parse("2025-06-09"))
          .addReportedTotal(
              ReportedTotal.builder()
                  .releasing(RU)
                  .category(ReleaseCategory.BODIES)
                  .total(Estimate.exact(1212))
                  .asOf(ReportedDate.parse("2025-06-11"))
                  .addSource(COORDINATION_HQ_JUNE)
                  .build())
          .build();

  public static final Exchange BODIES_11_JUNE =
      Exchange.builder()
          .id(RecordId.of("exchange:2025-06-11-bodies"))
          .agreement(ISTANBUL_JUNE.id())
          .date(ReportedDate.parse("2025-06-11"))
          .addDirection(
              Direction.of(
                  RU,
                  UA,
                  ReleaseFigure.builder()
                      .total(Estimate.exact(1212))
                      .putBreakdown(ReleaseCategory.BODIES, 1212L)
                      .build()))
          .status(ExchangeStatus.COMPLETED)
          .build();
}

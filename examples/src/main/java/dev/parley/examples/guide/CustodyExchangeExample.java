package dev.parley.examples.guide;

import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Custody;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeFindings;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.FigurePart;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaCounting;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.exchange.RunningNumber;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * An exchange with an extra and a third party's custody, from public reporting of 19 April 2025:
 * 246 for 246 under UAE mediation, plus, "as a goodwill gesture", 31 wounded Ukrainians for 15
 * wounded Russians; the freed Russians were taken to Belarus for treatment before going on to
 * Russia; Ukraine's Coordination Headquarters called it the 63rd exchange of the war.
 */
public final class CustodyExchangeExample {
  private CustodyExchangeExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    PartyId russia = PartyId.of("ru");
    PartyId ukraine = PartyId.of("ua");
    PartyId belarus = PartyId.of("by");
    Statement coordinationHq =
        Statement.of(
            Source.builder()
                .speaker(ukraine)
                .organ("Coordination Headquarters for the Treatment of Prisoners of War")
                .build(),
            Stance.CLAIMS);

    Agreement swap =
        Agreement.builder()
            .id(RecordId.of("agreement:2025-04-19-246-for-246"))
            .addSides(russia, ukraine)
            .agreed(ReportedDate.parse("2025-04-19"))
            .addQuotas(Quota.of(russia, 246), Quota.of(ukraine, 246))
            .parity(true)
            .build();

    // Each figure is made of parts: 246 against the quota, the wounded in addition.
    FigurePart quota = FigurePart.of(Estimate.exact(246), QuotaCounting.AGAINST_QUOTA);
    ReleaseFigure toUkraine =
        ReleaseFigure.builder()
            .total(Estimate.exact(277))
            .addPart(quota)
            .addPart(wounded(31))
            .build();
    ReleaseFigure toRussia =
        ReleaseFigure.builder()
            .total(Estimate.exact(261))
            .addPart(quota)
            .addPart(wounded(15))
            .build();

    // The Russians are released to Russia; Belarus holds them for treatment first.
    Direction ukraineToRussia =
        Direction.builder()
            .releasing(ukraine)
            .receiving(russia)
            .addFigure(toRussia)
            .custody(Custody.untilEvent(belarus, "until treated, then sent on to Russia"))
            .build();

    Exchange easter =
        Exchange.builder()
            .id(RecordId.of("exchange:2025-04-19"))
            .agreement(swap.id())
            .date(ReportedDate.parse("2025-04-19"))
            .addDirection(Direction.of(russia, ukraine, toUkraine))
            .addDirection(ukraineToRussia)
            .addParticipant(Participant.of(PartyId.of("ae"), Role.MEDIATOR))
            .runningNumber(RunningNumber.of(63, coordinationHq))
            .status(ExchangeStatus.COMPLETED)
            .build();

    Fulfilment f = Fulfilment.of(swap, List.of(easter));
    out.println(
        "released by Russia: "
            + f.released(russia)
            + ", toward its quota: "
            + f.progress(russia).get(0).released());
    out.println("findings: " + ExchangeFindings.checkAgreement(swap, List.of(easter)));
    Direction held = easter.inCustody(LocalDate.of(2025, 4, 20)).get(0);
    Custody custody = held.custody().orElseThrow();
    out.println(
        "in custody on 2025-04-20: released to "
            + held.receiverText()
            + ", held by "
            + custody.custodian()
            + " "
            + custody.condition().orElseThrow());
    out.println("sides: " + easter.sides() + ", exchange " + easter.runningNumber().orElseThrow());
  }

  private static FigurePart wounded(long n) {
    return FigurePart.builder()
        .count(Estimate.exact(n))
        .category(ReleaseCategory.WOUNDED_OR_SICK)
        .counting(QuotaCounting.IN_ADDITION)
        .description("seriously wounded, as a goodwill gesture")
        .build();
  }
}

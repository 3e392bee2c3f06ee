package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.estimate.Estimate;
import dev.parley.exchange.AgeRange;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Custody;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.FigurePart;
import dev.parley.exchange.NotableRelease;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid exchange values: figures with partial breakdowns and sources,
 * directions, exchanges of every status, quotas and agreements, and lists of completed tranches of
 * one agreement for the fulfilment laws. Shared with the json module's tests.
 */
public final class ExchangeGen {
  /** The first side of the generated agreements. */
  public static final PartyId SIDE_A = PartyId.of("ru");

  /** The second side of the generated agreements. */
  public static final PartyId SIDE_B = PartyId.of("ua");

  /** The id of the agreement that {@link #tranches} and {@link #trancheLists} belong to. */
  public static final RecordId AGREEMENT = RecordId.of("agreement:test");

  /** The day the generated agreements were reached; tranches fall on or after it. */
  public static final LocalDate AGREED = LocalDate.of(2025, 5, 16);

  private static final List<PartyId> NEUTRALS =
      List.of(PartyId.of("by"), PartyId.of("ae"), PartyId.of("icrc"), PartyId.of("tr"));

  private ExchangeGen() {}

  /** Every release category. */
  public static Gen<ReleaseCategory> categories() {
    return Generate.enumValues(ReleaseCategory.class);
  }

  /** Every exchange status. */
  public static Gen<ExchangeStatus> statuses() {
    return Generate.enumValues(ExchangeStatus.class);
  }

  /**
   * Figures with an exact total up to {@code maxTotal}, a random partial breakdown that respects
   * the total, and up to two statements from distinct sources.
   */
  public static Gen<ReleaseFigure> exactFigures(int maxTotal) {
    return integers()
        .between(0, maxTotal)
        .zip(
            longs().all(),
            lists().of(VocabularyGen.statements()).ofSizeBetween(0, 2),
            (total, seed, statements) ->
                withBreakdown(ReleaseFigure.builder().total(Estimate.exact(total)), total, seed)
                    .statements(distinctSources(statements))
                    .build());
  }

  /** Figures of every shape: exact, at least, range or unknown totals, with breakdowns that fit. */
  public static Gen<ReleaseFigure> figures() {
    return exactFigures(1500)
        .zip(
            VocabularyGen.estimates(),
            longs().all(),
            (exact, total, seed) -> {
              if (total.kind() == dev.parley.estimate.EstimateKind.EXACT) {
                return exact;
              }
              long room =
                  total.high().isPresent() ? total.high().getAsLong() : total.low().orElse(0) + 100;
              return withBreakdown(ReleaseFigure.builder().total(total), room, seed)
                  .statements(exact.statements())
                  .build();
            });
  }

  private static ReleaseFigure.Builder withBreakdown(
      ReleaseFigure.Builder b, long total, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long left = total;
    for (ReleaseCategory c : ReleaseCategory.values()) {
      if (!r.nextBoolean()) {
        continue;
      }
      long bound = c.isExclusive() ? left : total;
      long n = bound == 0 ? 0 : r.nextLong(bound + 1);
      b.putBreakdown(c, n);
      if (c.isExclusive()) {
        left -= n;
      }
    }
    return b;
  }

  private static List<Statement> distinctSources(List<Statement> statements) {
    Set<Source> seen = new HashSet<>();
    List<Statement> out = new ArrayList<>();
    for (Statement s : statements) {
      if (seen.add(s.source())) {
        out.add(s);
      }
    }
    return out;
  }

  /** Directions between two distinct parties, with zero to two figures from distinct sources. */
  public static Gen<Direction> directions() {
    return VocabularyGen.partyIds()
        .zip(
            VocabularyGen.partyIds(),
            lists().of(figures()).ofSizeBetween(0, 2),
            (a, b, figures) -> {
              PartyId to = a.equals(b) ? PartyId.of(b.value() + "-other") : b;
              Set<Source> seen = new HashSet<>();
              List<ReleaseFigure> kept = new ArrayList<>();
              for (ReleaseFigure f : figures) {
                if (f.statements().stream().allMatch(s -> !seen.contains(s.source()))) {
                  f.statements().forEach(s -> seen.add(s.source()));
                  kept.add(f);
                }
              }
              return Direction.builder().releasing(a).receiving(to).figures(kept).build();
            });
  }

  /** Exchanges of every status, one or two directions between two sides, optional neutrals. */
  public static Gen<Exchange> exchanges() {
    return VocabularyGen.recordIds()
        .zip(
            VocabularyGen.reportedDates(),
            lists().of(exactFigures(1500)).ofSize(2),
            statuses(),
            integers().between(0, 5),
            (id, date, figures, status, extra) -> {
              ReleaseFigure first = figures.get(0);
              if (extra == 2 && first.total().low().orElse(0) > 0) {
                first = first.withNotables(NotableRelease.of("Named person " + id, SIDE_B));
              }
              if (extra == 1) {
                long all = first.total().low().orElse(0);
                first =
                    first.withParts(
                        FigurePart.of(Estimate.exact(all / 2), QuotaCounting.AGAINST_QUOTA),
                        FigurePart.builder()
                            .count(Estimate.exact(all - all / 2))
                            .category(ReleaseCategory.WOUNDED_OR_SICK)
                            .counting(QuotaCounting.IN_ADDITION)
                            .description("wounded, in addition")
                            .build());
              }
              Direction toB = Direction.of(SIDE_A, SIDE_B, first);
              PartyId neutral = NEUTRALS.get(extra % NEUTRALS.size());
              if (extra == 3) {
                toB = toB.withCustody(Custody.until(neutral, date));
              } else if (extra == 4) {
                toB =
                    toB.withCustody(
                        Custody.untilEvent(neutral, "until the end of hostilities")
                            .withCount(first.total().low().orElse(0))
                            .withEnded(date));
              } else if (extra == 5) {
                toB = toB.withCustody(Custody.open(neutral));
              }
              Exchange.Builder b =
                  Exchange.builder().id(id).date(date).status(status).addDirection(toB);
              if (extra % 2 == 0) {
                b.addDirection(Direction.of(SIDE_B, SIDE_A, figures.get(1)));
              }
              if (extra == 1 || extra == 4) {
                b.runningNumber(
                        RunningNumber.of(
                            10 + extra, Statement.of(Source.of(SIDE_B), Stance.CLAIMS)))
                    .note("note " + extra);
              }
              if (extra > 0) {
                b.agreement(AGREEMENT).trancheNumber(extra);
                b.addParticipant(
                    Participant.of(NEUTRALS.get(extra % NEUTRALS.size()), Role.TRANSIT));
              }
              return b.build();
            });
  }

  /** Quotas of one side: numbers, numbers of one category, and whole categories. */
  public static Gen<Quota> quotas(PartyId side) {
    return integers()
        .between(0, 3)
        .zip(
            longs().between(0, 5000),
            categories(),
            (kind, count, category) -> {
              switch (kind) {
                case 0:
                  return Quota.of(side, count);
                case 1:
                  return Quota.of(side, count, category);
                case 2:
                  return Quota.builder()
                      .releasing(side)
                      .count(count)
                      .category(category)
                      .ages(AgeRange.of((int) (count % 60), 60 + (int) (count % 30)))
                      .description("aged " + (count % 60) + " and over")
                      .build();
                default:
                  return Quota.all(
                      side, category, "all " + category.name().toLowerCase(java.util.Locale.ROOT));
              }
            });
  }

  /**
   * Agreements between {@link #SIDE_A} and {@link #SIDE_B} with id {@link #AGREEMENT}, agreed on
   * {@link #AGREED}: either a parity agreement with an equal overall number each way, or one with a
   * random quota per side, sometimes with a ratio quota of one side counted from the other's
   * releases.
   */
  public static Gen<Agreement> agreements() {
    return longs()
        .between(0, 5000)
        .zip(
            quotas(SIDE_A),
            quotas(SIDE_B),
            Generate.booleans(),
            (count, qa, qb, parity) -> {
              Agreement.Builder b =
                  Agreement.builder()
                      .id(AGREEMENT)
                      .addSides(SIDE_A, SIDE_B)
                      .agreed(ReportedDate.ofDay(AGREED));
              if (parity) {
                return b.parity(true)
                    .addQuotas(Quota.of(SIDE_A, count), Quota.of(SIDE_B, count))
                    .build();
              }
              if (count % 3 == 0) {
                b.implementationStart(ReportedDate.ofDay(AGREED))
                    .addReportedTotal(
                        ReportedTotal.builder()
                            .releasing(count % 2 == 0 ? SIDE_A : SIDE_B)
                            .total(Estimate.atLeast(count))
                            .asOf(ReportedDate.ofDay(AGREED.plusDays(30)))
                            .addSource(Statement.of(Source.of(SIDE_B), Stance.CLAIMS))
                            .build());
              }
              if (count % 5 == 1) {
                // a ratio quota: so many per so many released by the other side
                b.addQuotas(
                    Quota.builder()
                        .releasing(SIDE_A)
                        .ratio(
                            dev.parley.exchange.QuotaRatio.of(1 + count % 4, 1 + count % 3, SIDE_B))
                        .build());
              }
              return b.addQuotas(qa, qb).build();
            });
  }

  /**
   * Completed tranches of {@link #AGREEMENT}: dated on one of the 60 days from {@link #AGREED},
   * releasing an exact number each way (often different), with random partial breakdowns.
   */
  public static Gen<Exchange> tranches() {
    return integers()
        .between(0, 59)
        .zip(
            exactFigures(600),
            exactFigures(600),
            (day, toB, toA) ->
                Exchange.builder()
                    .id(RecordId.of("tranche:" + day))
                    .agreement(AGREEMENT)
                    .date(ReportedDate.ofDay(AGREED.plusDays(day)))
                    .addDirection(Direction.of(SIDE_A, SIDE_B, toB))
                    .addDirection(Direction.of(SIDE_B, SIDE_A, toA))
                    .status(ExchangeStatus.COMPLETED)
                    .build());
  }

  /** Lists of up to {@code max} completed tranches of {@link #AGREEMENT}, with distinct ids. */
  public static Gen<List<Exchange>> trancheLists(int max) {
    return lists()
        .of(tranches())
        .ofSizeBetween(0, max)
        .map(
            list -> {
              List<Exchange> out = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).withId(RecordId.of("tranche:" + i)));
              }
              return out;
            });
  }
}

package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.territory.Assessment;
import dev.parley.territory.AssessmentStatus;
import dev.parley.territory.AssessorKind;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.Controller;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of territorial claims and assessments, shared by the core and json
 * modules' tests. Histories draw on a few places and parties over a few months of 2025, so that
 * claims collide often enough to exercise the as-of and contest logic.
 */
public final class TerritoryGen {
  private TerritoryGen() {}

  /** The first day of the generated histories. */
  public static final LocalDate EPOCH = LocalDate.of(2025, 4, 1);

  /** The places of generated histories. */
  public static final List<PlaceId> PLACES =
      List.of(
          PlaceId.of("ua:rakivka"),
          PlaceId.of("ua:vovchansk"),
          PlaceId.of("ua:kupiansk"),
          PlaceId.of("ru:sudzha"));

  /** The parties of generated histories: two sides and two independent assessors. */
  public static final List<PartyId> PARTIES =
      List.of(PartyId.of("ru"), PartyId.of("ua"), PartyId.of("isw"), PartyId.of("osce"));

  private static final List<PartyId> SIDES = PARTIES.subList(0, 2);

  /** Days within 120 days of {@link #EPOCH}. */
  public static Gen<LocalDate> days() {
    return integers().between(0, 120).map(EPOCH::plusDays);
  }

  /** Reported dates near {@link #EPOCH}: mostly days, some weeks, months and ranges. */
  public static Gen<ReportedDate> dates() {
    return days().zip(integers().between(0, 9), integers().between(1, 6), TerritoryGen::dateOf);
  }

  /**
   * Reported dates that lie wholly after a day (every day of them is later).
   *
   * @param day the day
   * @return the generator
   */
  public static Gen<ReportedDate> datesAfter(LocalDate day) {
    return integers()
        .between(1, 60)
        .zip(
            integers().between(0, 9),
            integers().between(1, 6),
            (offset, kind, len) -> {
              ReportedDate d = dateOf(day.plusDays(offset), kind, len);
              return d.start().isAfter(day) ? d : ReportedDate.ofDay(day.plusDays(offset));
            });
  }

  private static ReportedDate dateOf(LocalDate d, int kind, int len) {
    switch (kind) {
      case 0:
        return ReportedDate.ofWeekContaining(d);
      case 1:
        return ReportedDate.ofMonth(YearMonth.from(d));
      case 2:
        return ReportedDate.between(d, d.plusDays(len));
      default:
        return ReportedDate.ofDay(d);
    }
  }

  /**
   * Subjects of every kind: places, regions with and without country, exact and approximate shares.
   */
  public static Gen<ClaimSubject> subjects() {
    return integers()
        .between(0, 4)
        .zip(
            VocabularyGen.placeIds(),
            integers().between(1, 1000),
            (kind, place, n) -> {
              switch (kind) {
                case 0:
                  return ClaimSubject.region(RegionCode.parse("UA-" + (n % 90 + 1)));
                case 1:
                  return ClaimSubject.builder()
                      .region(RegionCode.parse("RU-KRS"))
                      .country(CountryCode.of("RU"))
                      .build();
                case 2:
                  return ClaimSubject.share(CountryCode.of("UA"), BigDecimal.valueOf(n, 1));
                case 3:
                  return ClaimSubject.aboutShare(
                      CountryCode.of("GE"), BigDecimal.valueOf(n % 100 + 1));
                default:
                  return ClaimSubject.place(place);
              }
            });
  }

  /**
   * Statements by the parties of generated histories, of every stance, some with a publication
   * date.
   */
  public static Gen<Statement> statements() {
    return Generate.pick(PARTIES)
        .zip(
            Generate.enumValues(Stance.class),
            dates().toOptionals(50),
            (speaker, stance, published) ->
                Statement.of(
                    Source.builder().speaker(speaker).published(published).build(), stance));
  }

  /** Claims with arbitrary ids and subjects of every kind. */
  public static Gen<TerritorialClaim> claims() {
    return VocabularyGen.recordIds()
        .zip(
            VocabularyGen.partyIds(),
            subjects(),
            Generate.enumValues(ClaimKind.class),
            VocabularyGen.reportedDates(),
            (id, claimant, subject, kind, date) ->
                TerritorialClaim.builder()
                    .id(id)
                    .claimant(claimant)
                    .subject(subject)
                    .kind(kind)
                    .means(ClaimMeans.ARMED)
                    .asOf(date)
                    .addProvenance(Statement.claimedBy(claimant))
                    .build())
        .zip(Generate.enumValues(ClaimMeans.class), TerritorialClaim::withMeans)
        .zip(
            integers().between(0, 3),
            (c, n) ->
                n == 0
                    ? c
                    : c.withAreaKm2(
                            SourcedEstimate.of(
                                Estimate.range(100L * n, 1000L * n),
                                Statement.claimedBy(c.claimant())))
                        .withSettlements(
                            n == 1
                                ? List.of()
                                : List.of(
                                    SourcedEstimate.of(
                                        Estimate.atLeast(n), Statement.claimedBy(c.claimant())))));
  }

  /** Controllers of every kind. */
  public static Gen<Controller> controllers() {
    return integers()
        .between(0, 5)
        .zip(
            Generate.pick(PARTIES),
            (k, p) ->
                k == 0
                    ? Controller.contested()
                    : k == 1 ? Controller.unknown() : Controller.party(p));
  }

  /** Assessments with arbitrary ids, judging a claim, describing a place, or both. */
  public static Gen<Assessment> assessments() {
    return VocabularyGen.recordIds()
        .zip(
            VocabularyGen.partyIds(),
            integers().between(0, 2),
            VocabularyGen.placeIds(),
            VocabularyGen.recordIds(),
            (id, assessor, target, place, claim) -> {
              Assessment.Builder b =
                  Assessment.builder()
                      .id(id)
                      .assessor(assessor)
                      .assessorKind(AssessorKind.RESEARCH_GROUP)
                      .status(AssessmentStatus.UNVERIFIED)
                      .controller(Controller.unknown())
                      .date(ReportedDate.ofDay(EPOCH));
              if (target != 1) {
                b.claim(claim);
              }
              if (target != 0) {
                b.place(place);
              }
              return b.build();
            })
        .zip(
            Generate.enumValues(AssessmentStatus.class),
            controllers(),
            Generate.enumValues(AssessorKind.class),
            VocabularyGen.reportedDates(),
            (a, status, controller, kind, date) ->
                a.withStatus(status)
                    .withController(controller)
                    .withAssessorKind(kind)
                    .withDate(date));
  }

  /**
   * Claims by a side about one of {@link #PLACES}, now and then about a region or share instead.
   */
  public static Gen<TerritorialClaim> historyClaims() {
    return Generate.pick(SIDES)
        .zip(
            Generate.pick(PLACES),
            Generate.enumValues(ClaimKind.class),
            dates(),
            lists().of(statements()).ofSizeBetween(0, 2),
            (claimant, place, kind, date, provenance) ->
                TerritorialClaim.builder()
                    .id(RecordId.of("claim:0"))
                    .claimant(claimant)
                    .subject(ClaimSubject.place(place))
                    .kind(kind)
                    .means(ClaimMeans.ARMED)
                    .asOf(date)
                    .addProvenance(Statement.claimedBy(claimant))
                    .addAllProvenance(provenance)
                    .build())
        .zip(
            integers().between(0, 19),
            (c, k) ->
                k == 0
                    ? c.withSubject(ClaimSubject.region(RegionCode.parse("UA-63")))
                    : k == 1
                        ? c.withSubject(
                            ClaimSubject.aboutShare(CountryCode.of("UA"), BigDecimal.valueOf(20)))
                        : c);
  }

  /** Histories of up to 60 claims with distinct ids {@code claim:0}, {@code claim:1} and so on. */
  public static Gen<List<TerritorialClaim>> claimHistories() {
    return lists()
        .of(historyClaims())
        .ofSizeBetween(0, 60)
        .map(
            list -> {
              List<TerritorialClaim> out = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).withId(RecordId.of("claim:" + i)));
              }
              return out;
            });
  }

  /**
   * Assessments by any of {@link #PARTIES} about {@link #PLACES}, each judging one of the first
   * {@code claims} claims of a history (or a claim outside it), describing a place, or both.
   */
  public static Gen<Assessment> historyAssessments() {
    return Generate.pick(PARTIES)
        .zip(
            integers().between(0, 2),
            Generate.pick(PLACES),
            integers().between(0, 70),
            dates(),
            (assessor, target, place, claim, date) -> {
              Assessment.Builder b =
                  Assessment.builder()
                      .id(RecordId.of("assessment:0"))
                      .assessor(assessor)
                      .assessorKind(
                          SIDES.contains(assessor)
                              ? AssessorKind.PARTY
                              : AssessorKind.INDEPENDENT_MONITOR)
                      .status(AssessmentStatus.UNVERIFIED)
                      .controller(Controller.unknown())
                      .date(date);
              if (target != 1) {
                b.claim(RecordId.of("claim:" + claim));
              }
              if (target != 0) {
                b.place(place);
              }
              return b.build();
            })
        .zip(
            Generate.enumValues(AssessmentStatus.class),
            controllers(),
            (a, s, c) -> a.withStatus(s).withController(c));
  }

  /** Lists of up to 40 assessments with distinct ids {@code assessment:0} and so on. */
  public static Gen<List<Assessment>> assessmentHistories() {
    return lists()
        .of(historyAssessments())
        .ofSizeBetween(0, 40)
        .map(
            list -> {
              List<Assessment> out = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).withId(RecordId.of("assessment:" + i)));
              }
              return out;
            });
  }
}

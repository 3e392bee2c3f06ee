package dev.parley.examples.guide;

import dev.parley.chronicle.Chronicle;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
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
import java.io.PrintStream;
import java.time.LocalDate;

/** Add territorial claims and an independent assessment, and ask who controls a place. */
public final class TerritoryExample {
  private TerritoryExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    PartyId russia = PartyId.of("ru");
    PartyId ukraine = PartyId.of("ua");
    PartyId monitor = PartyId.of("isw");
    RegionCode kharkiv = RegionCode.parse("UA-63");
    Place rakivka =
        Place.builder()
            .id(PlaceId.of("ua:rakivka"))
            .name("Rakivka")
            .country(CountryCode.of("UA"))
            .region(kharkiv)
            .precision(LocationPrecision.SETTLEMENT)
            .build();

    // A claim is not control: each side's word is kept as a claim. Ukraine speaks of the whole
    // Kharkiv region, Russia of one village within it: the place's region code nests them.
    TerritorialClaim taken =
        claim(
            "claim:ru-rakivka",
            russia,
            ClaimSubject.place(rakivka.id()),
            ClaimKind.CAPTURED,
            "2025-05-23");
    TerritorialClaim held =
        claim(
            "claim:ua-kharkiv",
            ukraine,
            ClaimSubject.region(kharkiv),
            ClaimKind.HOLDS,
            "2025-05-24");

    // An independent assessment, dated later, judges Russia's claim.
    Assessment settled =
        Assessment.builder()
            .id(RecordId.of("assessment:isw-rakivka"))
            .assessor(monitor)
            .assessorKind(AssessorKind.RESEARCH_GROUP)
            .claim(taken.id())
            .place(rakivka.id())
            .status(AssessmentStatus.CONFIRMED)
            .controller(Controller.party(russia))
            .date(ReportedDate.parse("2025-05-27"))
            .build();

    Chronicle chronicle =
        Chronicle.builder()
            .addParties(
                Party.of(russia, "Russia", PartyKind.STATE),
                Party.of(ukraine, "Ukraine", PartyKind.STATE),
                Party.of(
                    monitor,
                    "Institute for the Study of War",
                    PartyKind.INTERNATIONAL_ORGANISATION))
            .addPlaces(rakivka)
            .addRecords(taken, held, settled)
            .build();

    LocalDate day = LocalDate.of(2025, 5, 25);
    out.println(
        "claims as of "
            + day
            + ": "
            + chronicle.territory().claimsAsOf(rakivka.id(), day).keySet());
    out.println("contested then: " + chronicle.territory().isContested(rakivka.id(), day));
    out.println(
        "claims on "
            + kharkiv
            + " and the places within it: "
            + chronicle.territory().claimsAsOf(kharkiv, day).values());
    out.println(
        "controller as of 2025-05-28: "
            + chronicle
                .territory()
                .latestController(rakivka.id(), LocalDate.of(2025, 5, 28))
                .orElseThrow());
    out.println("status of Russia's claim: " + chronicle.territory().claimStatus(taken.id()));
  }

  private static TerritorialClaim claim(
      String id, PartyId claimant, ClaimSubject subject, ClaimKind kind, String date) {
    return TerritorialClaim.builder()
        .id(RecordId.of(id))
        .claimant(claimant)
        .subject(subject)
        .kind(kind)
        .means(ClaimMeans.ARMED)
        .asOf(ReportedDate.parse(date))
        .addProvenance(Statement.claimedBy(claimant))
        .build();
  }
}

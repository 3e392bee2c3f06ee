package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.estimate.Estimate;
import dev.parley.incident.Attribution;
import dev.parley.incident.Incident;
import dev.parley.incident.KilledGroup;
import dev.parley.incident.KilledShare;
import dev.parley.interop.SampleData.Imported;
import dev.parley.interop.ucdp.GleditschWard;
import dev.parley.interop.ucdp.UcdpGedImporter;
import dev.parley.party.Party;
import dev.parley.party.PartyKind;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.RegionCode;
import dev.parley.time.ReportedDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UcdpGedImporterTest {
  private static final UcdpGedImporter GED =
      UcdpGedImporter.csv(ImportOptions.defaults().withRelease("25.1"));

  private static Imported sample() {
    return SampleData.read(GED, "ucdp-ged-sample.csv");
  }

  @Test
  void theSampleHasThe49ColumnsOfTheCodebook() throws IOException {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                SampleData.open("ucdp-ged-sample.csv"), StandardCharsets.UTF_8))) {
      assertThat(r.readLine().split(","))
          .hasSize(49)
          .contains(
              "id",
              "type_of_violence",
              "side_a",
              "side_b",
              "where_prec",
              "adm_1",
              "adm_2",
              "country_id",
              "date_prec",
              "date_start",
              "date_end",
              "deaths_a",
              "deaths_b",
              "deaths_civilians",
              "deaths_unknown",
              "low",
              "best",
              "high");
    }
  }

  @Test
  void importsEachRowAsAnIncidentAndReportsTheBadOnes() {
    Imported r = sample();
    assertThat(r.report().rows()).isEqualTo(7);
    assertThat(r.report().count("incident")).isEqualTo(5);
    assertThat(r.report().count("place")).isEqualTo(5);
    // RSF, and the two governments whose combatants' deaths the rows give
    assertThat(r.report().count("party")).isEqualTo(3);
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly("UCDP_COUNTRY_UNKNOWN", "ESTIMATE_RANGE_ORDER");
    assertThat(r.findings())
        .containsExactly(
            "ucdp-ged-sample.csv:5: country_id: UCDP_COUNTRY_UNKNOWN error: country_id 345 (Yugoslavia) has no ISO 3166-1 code",
            "ucdp-ged-sample.csv:6: low: ESTIMATE_RANGE_ORDER error: a range needs low <= best <= high and low < high, was 22..25 (best 20)");
  }

  @Test
  void keepsLowBestAndHighDateRangesAndLocationPrecision() {
    Imported r = sample();
    Incident sumy = r.byId(Incident.class, "ucdp-ged:900001");
    assertThat(sumy.killed()).isEqualTo(Estimate.range(35, 35, 36));
    assertThat(sumy.date()).isEqualTo(ReportedDate.parse("2025-04-13"));
    Place sumyPlace = r.byId(Place.class, sumy.place().value());
    assertThat(sumyPlace.precision()).isEqualTo(LocationPrecision.SETTLEMENT);
    assertThat(sumyPlace.region()).contains(RegionCode.parse("UA-59"));
    assertThat(sumyPlace.name()).isEqualTo("Sumy town");
    assertThat(r.byId(Incident.class, "ucdp-ged:900002").killed()).isEqualTo(Estimate.exact(1));
    assertThat(
            r.byId(Place.class, r.byId(Incident.class, "ucdp-ged:900002").place().value())
                .precision())
        .isEqualTo(LocationPrecision.NEAR_SETTLEMENT);
    Incident donetsk = r.byId(Incident.class, "ucdp-ged:900003");
    assertThat(donetsk.date()).isEqualTo(ReportedDate.parse("2025-03-10/2025-03-16"));
    assertThat(donetsk.killed()).isEqualTo(Estimate.range(18, 25, 40));
    Place region = r.byId(Place.class, donetsk.place().value());
    assertThat(region.precision()).isEqualTo(LocationPrecision.REGION);
    assertThat(region.region()).contains(RegionCode.parse("UA-14"));
    assertThat(r.byId(Incident.class, "ucdp-ged:900007").killed()).isEqualTo(Estimate.unknown());
  }

  @Test
  void givesOneSidedViolenceItsPerpetratorAndNoOther() {
    Imported r = sample();
    Incident zamzam = r.byId(Incident.class, "ucdp-ged:900004");
    assertThat(zamzam.date()).isEqualTo(ReportedDate.parse("2025-04-11/2025-04-13"));
    assertThat(zamzam.killed()).isEqualTo(Estimate.range(100, 120, 400));
    assertThat(zamzam.perpetrator().orElseThrow().attribution()).isEqualTo(Attribution.ATTRIBUTED);
    Party rsf = r.byId(Party.class, zamzam.perpetrator().orElseThrow().party().value());
    assertThat(rsf.name()).isEqualTo("RSF");
    assertThat(rsf.kind()).isEqualTo(PartyKind.ARMED_GROUP);
    assertThat(r.byId(Place.class, zamzam.place().value()).country())
        .isEqualTo(CountryCode.of("SD"));
    assertThat(r.byId(Incident.class, "ucdp-ged:900001").perpetrator()).isEmpty();
  }

  @Test
  void keepsDatasetReleaseRowIdAndCitedOutletInProvenance() {
    Incident sumy = sample().byId(Incident.class, "ucdp-ged:900001");
    assertThat(sumy.provenance().get(0).source().outlet()).contains("UCDP GED 25.1");
    assertThat(sumy.provenance().get(0).source().link()).contains(URI.create("ucdp-ged:900001"));
    assertThat(sumy.provenance().get(1).source().outlet()).contains("Reuters;Ukrainska Pravda");
    assertThat(sumy.provenance().get(1).source().published())
        .contains(ReportedDate.parse("2025-04-13"));
  }

  @Test
  void keepsTheDeadPerSideCiviliansAndUnknownAffiliation() {
    Imported r = sample();
    Incident donetsk = r.byId(Incident.class, "ucdp-ged:900003");
    List<KilledShare> shares = donetsk.casualties().revisions().get(0).killedAmong();
    assertThat(shares)
        .extracting(KilledShare::group)
        .containsExactly(
            KilledGroup.SIDE, KilledGroup.SIDE, KilledGroup.CIVILIANS, KilledGroup.UNKNOWN);
    assertThat(shares)
        .extracting(KilledShare::killed)
        .containsExactly(
            Estimate.exact(12), Estimate.exact(9), Estimate.exact(0), Estimate.exact(4));
    Party russia = r.byId(Party.class, shares.get(0).party().orElseThrow().value());
    assertThat(russia.name()).isEqualTo("Government of Russia (Soviet Union)");
    assertThat(russia.kind()).isEqualTo(PartyKind.STATE);
    assertThat(r.byId(Party.class, shares.get(1).party().orElseThrow().value()).name())
        .isEqualTo("Government of Ukraine");
    // One-sided violence: side B is the civilians, counted in deaths_civilians, not as a party.
    List<KilledShare> zamzam =
        r.byId(Incident.class, "ucdp-ged:900004").casualties().revisions().get(0).killedAmong();
    assertThat(zamzam)
        .extracting(KilledShare::group)
        .containsExactly(KilledGroup.SIDE, KilledGroup.CIVILIANS, KilledGroup.UNKNOWN);
    assertThat(zamzam.get(1).killed()).isEqualTo(Estimate.exact(120));
    // Every death column is kept; the sides are dropped only where a row gives no deaths per
    // side (900007, whose toll is unknown).
    assertThat(r.report().notMapped())
        .doesNotContainKeys("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
        .containsEntry("side_a", 1L)
        .containsEntry("side_b", 1L);
  }

  @Test
  void coarsensPrecisionsParleyHasNoWordForWithAWarning() {
    String header =
        "id,type_of_violence,side_a,where_prec,where_coordinates,adm_1,latitude,longitude,country_id,"
            + "date_start,date_end,low,best,high";
    String text =
        header
            + "\n"
            + "1,1,Government of Ukraine,5,Dnipro river,,47.5,34.5,369,2025-01-01,2025-01-01,1,1,1\n"
            + "2,1,Government of Ukraine,4,Somewhere oblast,Somewhere oblast,47.5,34.5,369,2025-01-01,2025-01-01,1,1,1\n"
            + "3,1,Government of Ukraine,8,x,,47.5,34.5,369,2025-01-01,2025-01-01,1,1,1\n"
            + "4,1,Government of Ukraine,1,x,,47.5,34.5,369,2025-01-02,2025-01-01,1,1,1\n";
    Imported r = AcledImporterTest.read(UcdpGedImporter.csv(ImportOptions.defaults()), text);
    assertThat(r.all(Place.class))
        .extracting(Place::precision)
        .containsExactly(LocationPrecision.COUNTRY, LocationPrecision.COUNTRY);
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly(
            "UCDP_PRECISION_COARSENED",
            "IMPORT_REGION_UNRESOLVED",
            "UCDP_WHERE_PREC_INVALID",
            "DATE_RANGE_ORDER");
    assertThat(r.report().findings())
        .extracting(f -> f.row() + " " + f.column() + " " + f.rule() + " " + f.severity())
        .containsExactly(
            "1 where_prec UCDP_PRECISION_COARSENED WARNING",
            "2 adm_1 IMPORT_REGION_UNRESOLVED WARNING",
            "3 where_prec UCDP_WHERE_PREC_INVALID ERROR",
            "4 date_end DATE_RANGE_ORDER ERROR");
  }

  @Test
  void mapsGleditschWardNumbersToIsoCountries() {
    assertThat(GleditschWard.country(369)).contains(CountryCode.of("UA"));
    assertThat(GleditschWard.country(365)).contains(CountryCode.of("RU"));
    assertThat(GleditschWard.country(625)).contains(CountryCode.of("SD"));
    assertThat(GleditschWard.country(626)).contains(CountryCode.of("SS"));
    assertThat(GleditschWard.country(2)).contains(CountryCode.of("US"));
    assertThat(GleditschWard.country(345)).isEmpty();
    assertThat(GleditschWard.name(345)).contains("Yugoslavia");
    assertThat(GleditschWard.country(1)).isEmpty();
    assertThat(GleditschWard.name(1)).isEmpty();
    assertThat(GleditschWard.numbers()).hasSizeGreaterThan(190);
    // Every code in the table is one the core accepts, and no two states share one.
    assertThat(
            GleditschWard.numbers().stream()
                .map(GleditschWard::country)
                .flatMap(java.util.Optional::stream)
                .toList())
        .doesNotHaveDuplicates()
        .hasSizeGreaterThan(180);
  }
}

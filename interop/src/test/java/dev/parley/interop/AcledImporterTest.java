package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.estimate.Estimate;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.Incident;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.interop.ImportFinding.Severity;
import dev.parley.interop.SampleData.Imported;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.party.Party;
import dev.parley.party.PartyKind;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Statement;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcledImporterTest {
  static final String HEADER =
      "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,iso,"
          + "country,admin1,location,latitude,longitude,geo_precision,source,fatalities,timestamp";
  static final String GOOD =
      "UKR1,2025-05-23,1,Explosions/Remote violence,Shelling/artillery/missile attack,"
          + "Military Forces of Russia (2000-),External/Other forces,804,Ukraine,Odesa,Odesa,46.4936,30.7395,2,Reuters,1,";

  private static final AcledImporter ACLED = AcledImporter.of(ImportOptions.defaults());

  static Imported read(Importer importer, String text) {
    List<Object> values = new ArrayList<>();
    ImportReport report =
        importer.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "t.csv",
            RecordSink.of(values::add));
    return new Imported(report, values);
  }

  static Imported read(String... lines) {
    return read(ACLED, String.join("\n", lines) + "\n");
  }

  @Test
  void importsTheSampleExportWithItsByteOrderMarkWindowsLineEndsAndQuotedLineBreaks() {
    Imported r = SampleData.read(ACLED, "acled-sample.csv");
    ImportReport report = r.report();
    assertThat(report.rows()).isEqualTo(13);
    assertThat(report.values())
        .containsExactly(
            Map.entry("party", 2L),
            Map.entry("place", 8L),
            Map.entry("incident", 8L),
            Map.entry("territorialClaim", 2L));
    assertThat(report.outsideDomain()).isEqualTo(2);
    assertThat(report.duplicates()).isEqualTo(1);
    assertThat(report.errors()).isEqualTo(3);
    assertThat(report.warnings()).isEqualTo(2);
    assertThat(report.findings())
        .extracting(ImportFinding::rule)
        .containsExactly(
            "ACLED_AGREEMENT_NOT_MAPPED",
            "IMPORT_REGION_UNRESOLVED",
            "ACLED_DATE_INVALID",
            "IMPORT_DUPLICATE_ID",
            "PLACE_LATITUDE_RANGE");
    assertThat(r.findings())
        .containsExactly(
            "acled-sample.csv:6: sub_event_type: ACLED_AGREEMENT_NOT_MAPPED warning: an Agreement event is not mapped: its notes are free text, which cannot be read into an agreement or talks record reliably",
            "acled-sample.csv:9: admin1: IMPORT_REGION_UNRESOLVED warning: geo_precision 3 places the event in admin1 \"North Darfur\", which has no ISO 3166-2 code in Parley's table; the place is located to its country",
            "acled-sample.csv:10: event_date: ACLED_DATE_INVALID error: event_date must be a day such as 2025-05-23 or 23 May 2025, was \"2025-13-45\"",
            "acled-sample.csv:11: event_id_cnty: IMPORT_DUPLICATE_ID error: the id UKR900002 was already read in an earlier row; this row is skipped",
            "acled-sample.csv:12: latitude: PLACE_LATITUDE_RANGE error: latitude must be within [-90, 90], was 95.0");
  }

  @Test
  void mapsAnExplosionToAnIncidentWithItsPlacePerpetratorConservativeTollAndProvenance() {
    Imported r = SampleData.read(ACLED, "acled-sample.csv");
    Incident sumy = r.byId(Incident.class, "acled:UKR900001");
    assertThat(sumy.date()).isEqualTo(ReportedDate.parse("2025-04-13"));
    assertThat(sumy.target()).isEqualTo(TargetType.OTHER);
    assertThat(sumy.weapon()).isEmpty();
    assertThat(sumy.killed()).isEqualTo(Estimate.atLeast(35));
    assertThat(sumy.injured()).isEqualTo(Estimate.unknown());
    assertThat(sumy.casualties().revisions().get(0).date())
        .isEqualTo(ReportedDate.parse("2025-04-16"));
    assertThat(sumy.perpetrator().orElseThrow().attribution()).isEqualTo(Attribution.ATTRIBUTED);
    Party russia = r.byId(Party.class, sumy.perpetrator().orElseThrow().party().value());
    assertThat(russia.name()).isEqualTo("Military Forces of Russia (2000-)");
    assertThat(russia.kind()).isEqualTo(PartyKind.STATE);
    assertThat(russia.country()).contains(CountryCode.of("RU"));
    Place place = r.byId(Place.class, sumy.place().value());
    assertThat(place.name()).isEqualTo("Sumy");
    assertThat(place.country()).isEqualTo(CountryCode.of("UA"));
    assertThat(place.region()).contains(RegionCode.parse("UA-59"));
    assertThat(place.coordinates().orElseThrow().latitude()).isEqualTo(50.9077);
    assertThat(place.coordinates().orElseThrow().longitude()).isEqualTo(34.7981);
    assertThat(place.precision()).isEqualTo(LocationPrecision.SETTLEMENT);
    Statement origin = sumy.provenance().get(0);
    assertThat(origin.source().outlet()).contains("ACLED");
    assertThat(origin.source().link()).contains(URI.create("acled:UKR900001"));
    assertThat(origin.source().published()).contains(ReportedDate.parse("2025-04-16"));
    assertThat(sumy.provenance().get(1).source().outlet()).contains("Reuters; Ukrainska Pravda");
  }

  @Test
  void sendsEachPartyAndPlaceOnceAndBeforeTheRecordsThatNameThem() {
    Imported r = SampleData.read(ACLED, "acled-sample.csv");
    List<Object> v = r.values();
    int party = v.indexOf(r.byId(Party.class, "acled:actor:military-forces-of-russia-2000"));
    int sumy = v.indexOf(r.byId(Incident.class, "acled:UKR900001"));
    assertThat(party).isLessThan(sumy);
    assertThat(r.all(Party.class)).extracting(p -> p.id().value()).doesNotHaveDuplicates();
    assertThat(r.all(Place.class)).extracting(p -> p.id().value()).doesNotHaveDuplicates();
  }

  @Test
  void turnsTerritorySubEventsIntoClaimsByTheActorThatTookTheGround() {
    Imported r = SampleData.read(ACLED, "acled-sample.csv");
    TerritorialClaim rakivka = r.byId(TerritorialClaim.class, "acled:UKR900003:claim");
    assertThat(rakivka.kind()).isEqualTo(ClaimKind.CAPTURED);
    assertThat(rakivka.means()).isEqualTo(ClaimMeans.ARMED);
    assertThat(rakivka.claimant().value()).isEqualTo("acled:actor:military-forces-of-russia-2000");
    assertThat(r.byId(Place.class, rakivka.subject().place().orElseThrow().value()).region())
        .contains(RegionCode.parse("UA-63"));
    assertThat(r.byId(Incident.class, "acled:UKR900003").target()).isEqualTo(TargetType.MILITARY);
    TerritorialClaim sudzha = r.byId(TerritorialClaim.class, "acled:RUS900013:claim");
    assertThat(sudzha.kind()).isEqualTo(ClaimKind.LIBERATED);
    assertThat(r.byId(Place.class, sudzha.subject().place().orElseThrow().value()).region())
        .contains(RegionCode.parse("RU-KRS"));
  }

  @Test
  void keepsNonAsciiNamesAndTellsEmptyFatalitiesFromZero() {
    Imported r = SampleData.read(ACLED, "acled-sample.csv");
    Incident menaka = r.byId(Incident.class, "acled:MLI900008");
    Place place = r.byId(Place.class, menaka.place().value());
    assertThat(place.name()).isEqualTo("Ménaka");
    assertThat(place.id().value()).startsWith("acled:place:ml:menaka:");
    assertThat(menaka.weapon()).contains(WeaponType.EXPLOSIVE_DEVICE);
    assertThat(r.byId(Party.class, menaka.perpetrator().orElseThrow().party().value()).kind())
        .isEqualTo(PartyKind.ARMED_GROUP);
    assertThat(r.byId(Incident.class, "acled:UKR900007").casualties())
        .isEqualTo(Casualties.unreported());
    assertThat(r.byId(Incident.class, "acled:UKR900003").killed()).isEqualTo(Estimate.atLeast(0));
  }

  @Test
  void readsTimePrecisionAsDayWeekOrMonth() {
    Imported r = SampleData.read(ACLED, "acled-sample.csv");
    assertThat(r.byId(Incident.class, "acled:UKR900007").date())
        .isEqualTo(ReportedDate.parse("2025-W23"));
    Imported month = read(HEADER, GOOD.replace("2025-05-23,1,", "2025-05-23,3,"));
    assertThat(month.byId(Incident.class, "acled:UKR1").date())
        .isEqualTo(ReportedDate.parse("2025-05"));
    Imported bad = read(HEADER, GOOD.replace("2025-05-23,1,", "2025-05-23,4,"));
    assertThat(bad.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly("ACLED_TIME_PRECISION_INVALID");
    assertThat(bad.findings())
        .containsExactly(
            "t.csv:1: time_precision: ACLED_TIME_PRECISION_INVALID error: "
                + "time_precision must be 1 (day), 2 (week) or 3 (month), was 4");
  }

  @Test
  void locatesARegionItCannotCodeToItsCountryWithAWarning() {
    Imported r = SampleData.read(ACLED, "acled-sample.csv");
    Place darfur = r.byId(Place.class, r.byId(Incident.class, "acled:SDN900009").place().value());
    assertThat(darfur.precision()).isEqualTo(LocationPrecision.COUNTRY);
    assertThat(darfur.coordinates()).isEmpty();
    assertThat(darfur.name()).isEqualTo("North Darfur");
    Imported kharkiv =
        read(
            HEADER,
            GOOD.replace(",Odesa,Odesa,46.4936,30.7395,2,", ",Kharkiv,Kharkiv region,,,3,"));
    Place region = kharkiv.all(Place.class).get(0);
    assertThat(region.precision()).isEqualTo(LocationPrecision.REGION);
    assertThat(region.region()).contains(RegionCode.parse("UA-63"));
    assertThat(kharkiv.report().warnings()).isZero();
    String darfurRow =
        GOOD.replace(
            ",804,Ukraine,Odesa,Odesa,46.4936,30.7395,2,", ",729,Sudan,North Darfur,,,,3,");
    Imported twice = read(HEADER, darfurRow, darfurRow.replace("UKR1", "UKR2"));
    assertThat(twice.all(Place.class)).hasSize(1);
    assertThat(twice.report().findings())
        .extracting(f -> f.row() + " " + f.rule())
        .containsExactly("1 IMPORT_REGION_UNRESOLVED", "2 IMPORT_REGION_UNRESOLVED");
  }

  @Test
  void mapsColumnsByNameInAnyOrderIgnoringExtraColumns() {
    Imported sample = SampleData.read(ACLED, "acled-sample.csv");
    Imported reordered = SampleData.read(ACLED, "acled-reordered.csv");
    assertThat(reordered.report().errors()).isZero();
    assertThat(reordered.values())
        .containsExactlyElementsOf(sample.values().subList(0, reordered.values().size()));
    assertThat(reordered.all(Incident.class)).hasSize(4);
  }

  @Test
  void readsTheApiJsonWithNumbersAndNulls() {
    Imported r = SampleData.read(ACLED, "acled-api.json");
    assertThat(r.report().rows()).isEqualTo(3);
    assertThat(r.report().outsideDomain()).isEqualTo(1);
    assertThat(r.report().errors()).isZero();
    Incident kharkiv = r.byId(Incident.class, "acled:UKR900101");
    assertThat(kharkiv.killed()).isEqualTo(Estimate.atLeast(0));
    assertThat(r.byId(Place.class, kharkiv.place().value()).country())
        .isEqualTo(CountryCode.of("UA"));
    assertThat(r.byId(Incident.class, "acled:UKR900103").casualties())
        .isEqualTo(Casualties.unreported());
  }

  @Test
  void readsTheSameRowAlikeFromCsvAndFromJson() {
    Imported csv = read(HEADER, GOOD);
    String json =
        "{\"data\":[{\"event_id_cnty\":\"UKR1\",\"event_date\":\"2025-05-23\",\"time_precision\":1,"
            + "\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Shelling/artillery/missile attack\","
            + "\"actor1\":\"Military Forces of Russia (2000-)\",\"inter1\":\"External/Other forces\",\"iso\":804,"
            + "\"country\":\"Ukraine\",\"admin1\":\"Odesa\",\"location\":\"Odesa\",\"latitude\":46.4936,"
            + "\"longitude\":30.7395,\"geo_precision\":2,\"source\":\"Reuters\",\"fatalities\":1,\"timestamp\":null}]}";
    Imported api = read(ACLED, json);
    assertThat(api.values()).isEqualTo(csv.values());
    assertThat(csv.values()).hasSize(3);
  }

  @Test
  void failFastStopsAtTheFirstRowThatCannotBeImported() {
    AcledImporter strict = AcledImporter.of(ImportOptions.defaults().withFailFast(true));
    assertThatThrownBy(() -> SampleData.read(strict, "acled-sample.csv"))
        .isInstanceOf(ImportException.class)
        .satisfies(
            e -> {
              ImportFinding f = ((ImportException) e).finding().orElseThrow();
              assertThat(f.row()).isEqualTo(10);
              assertThat(f.column()).isEqualTo("event_date");
              assertThat(f.rule()).isEqualTo("ACLED_DATE_INVALID");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void aHeaderWithoutARequiredColumnCannotBeRead() {
    assertThatThrownBy(() -> read("event_id_cnty,event_date,notes", "UKR1,2025-05-23,x"))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "t.csv: cannot read: the header lacks the column(s) actor1, country, event_type, fatalities, "
                + "geo_precision, latitude, location, longitude, sub_event_type, time_precision")
        .satisfies(e -> assertThat(((ImportException) e).finding()).isEmpty());
    assertThatThrownBy(() -> read(ACLED, ""))
        .isInstanceOf(ImportException.class)
        .hasMessage("t.csv: cannot read: the file is empty: expected a header row");
  }

  @Test
  void aRowWiderThanTheHeaderIsAnErrorAndReadingGoesOn() {
    Imported r = read(HEADER, GOOD + ",surplus", GOOD.replace("UKR1", "UKR2"));
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly("CSV_ROW_WIDTH");
    assertThat(r.findings())
        .containsExactly("t.csv:1: -: CSV_ROW_WIDTH error: the row has 18 fields, the header 17");
    assertThat(r.all(Incident.class)).extracting(i -> i.id().value()).containsExactly("acled:UKR2");
  }

  @Test
  void anUnclosedQuoteEndsTheFileWithAFindingAfterTheRowsBeforeIt() {
    Imported r = read(HEADER, GOOD, GOOD.replace("UKR1", "UKR2").replace("Reuters", "\"Reuters"));
    assertThat(r.all(Incident.class)).hasSize(1);
    assertThat(r.report().findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.row()).isEqualTo(2);
              assertThat(f.rule()).isEqualTo("CSV_MALFORMED");
            });
  }

  @Test
  void everyBadFieldIsAFindingNamingItsColumn() {
    Imported r =
        read(
            HEADER,
            GOOD.replace(",1,\n", ",1,").replace("Reuters,1,", "Reuters,many,"),
            GOOD.replace("UKR1", "UKR2").replace(",804,Ukraine,", ",999,Atlantis,"),
            GOOD.replace("UKR1", "UKR3").replace("30.7395,2,", "30.7395,4,"),
            GOOD.replace("UKR1", "UKR4").replace("46.4936,", ","),
            GOOD.replace("UKR1", ""),
            GOOD.replace("UKR1", "UKR 6"),
            GOOD.replace("UKR1", "UKR7").replace("Reuters,1,", "Reuters,-2,"));
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly(
            "ACLED_NUMBER_INVALID",
            "ACLED_COUNTRY_UNKNOWN",
            "ACLED_GEO_PRECISION_INVALID",
            "ACLED_COORDINATES_INVALID",
            "ACLED_ID_MISSING",
            "ID_FORMAT",
            "ACLED_NUMBER_INVALID");
    assertThat(r.report().findings())
        .extracting(f -> f.row() + " " + f.column() + " " + f.rule())
        .containsExactly(
            "1 fatalities ACLED_NUMBER_INVALID",
            "2 iso ACLED_COUNTRY_UNKNOWN",
            "3 geo_precision ACLED_GEO_PRECISION_INVALID",
            "4 latitude ACLED_COORDINATES_INVALID",
            "5 event_id_cnty ACLED_ID_MISSING",
            "6 event_id_cnty ID_FORMAT",
            "7 fatalities ACLED_NUMBER_INVALID");
    assertThat(r.values()).isEmpty();
  }

  @Test
  void aPerpetratorWhoseKindIsNotCertainIsDroppedWithAWarning() {
    Imported r =
        read(
            HEADER,
            GOOD.replace(
                "Military Forces of Russia (2000-),External/Other forces",
                "Rioters (Ukraine),Rioters"));
    assertThat(r.all(Incident.class).get(0).perpetrator()).isEmpty();
    assertThat(r.all(Party.class)).isEmpty();
    assertThat(r.report().findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("ACLED_ACTOR_KIND_UNKNOWN");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void aRunReportsIdsRepeatedAcrossItsFilesAndSendsPartiesOnce() {
    List<Object> values = new ArrayList<>();
    ImportRun run = ACLED.open(RecordSink.of(values::add));
    run.read(SampleData.open("acled-reordered.csv"), "a.csv");
    run.read(SampleData.open("acled-api.json"), "b.json");
    run.read(SampleData.open("acled-reordered.csv"), "c.csv");
    ImportReport report = run.report();
    assertThat(report.files()).isEqualTo(3);
    assertThat(report.duplicates()).isEqualTo(4);
    assertThat(report.count("party")).isEqualTo(1);
    assertThat(report.findings())
        .allSatisfy(
            f -> {
              assertThat(f.file()).isEqualTo("c.csv");
              assertThat(f.rule()).isEqualTo("IMPORT_DUPLICATE_ID");
            });
  }

  @Test
  void countsTheValuesItCannotKeepPerColumn() {
    Imported r = SampleData.read(ACLED, "acled-sample.csv");
    assertThat(r.report().notMapped())
        .containsEntry("notes", 8L)
        .containsEntry("actor2", 8L)
        .containsEntry("actor1", 1L)
        .doesNotContainKey("fatalities");
  }

  @Test
  void keepsTheReleaseInProvenance() {
    Imported r =
        read(
            AcledImporter.of(ImportOptions.defaults().withRelease("2025-06")),
            HEADER + "\n" + GOOD + "\n");
    assertThat(r.all(Incident.class).get(0).provenance().get(0).source().outlet())
        .isEqualTo(Optional.of("ACLED 2025-06"));
  }

  @Test
  void aNonViolentTransferIsAClaimWithoutAnIncident() {
    Imported r =
        read(
            HEADER,
            GOOD.replace(
                "Explosions/Remote violence,Shelling/artillery/missile attack,"
                    + "Military Forces of Russia (2000-),External/Other forces",
                "Strategic developments,"
                    + "Non-violent transfer of territory,Wagner Group,Political militia"));
    assertThat(r.all(Incident.class)).isEmpty();
    TerritorialClaim claim = r.byId(TerritorialClaim.class, "acled:UKR1");
    assertThat(claim.means()).isEqualTo(ClaimMeans.NON_VIOLENT);
    assertThat(claim.kind()).isEqualTo(ClaimKind.CAPTURED);
    assertThat(r.byId(Party.class, claim.claimant().value()).kind())
        .isEqualTo(PartyKind.ARMED_GROUP);
    assertThat(r.report().notMapped()).containsEntry("fatalities", 1L);
  }
}

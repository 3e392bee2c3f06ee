package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.estimate.Estimate;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.interop.csv.CsvExporter;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
  static final Party RUSSIA =
      Party.builder()
          .id(PartyId.of("ru"))
          .name("Russia")
          .kind(PartyKind.STATE)
          .country(CountryCode.of("RU"))
          .build();
  static final Place ODESA =
      Place.builder()
          .id(PlaceId.of("ua:odesa-port"))
          .name("Odesa, \"port\"\nsouth")
          .country(CountryCode.of("UA"))
          .region(RegionCode.parse("UA-51"))
          .coordinates(Coordinates.of(46.4936, 30.7395))
          .precision(LocationPrecision.NEAR_SETTLEMENT)
          .build();
  static final Statement OFFICIALS =
      Statement.of(
          Source.builder()
              .outlet("Ukrainian officials | Telegram")
              .link(URI.create("https://t.me/x"))
              .build(),
          Stance.CLAIMS);
  static final Incident STRIKE =
      Incident.builder()
          .id(RecordId.of("incident:odesa"))
          .date(ReportedDate.parse("2025-05-23"))
          .place(ODESA.id())
          .target(TargetType.PORT_INFRASTRUCTURE)
          .weapon(WeaponType.MISSILE)
          .perpetrator(Perpetrator.of(RUSSIA.id(), Attribution.ATTRIBUTED))
          .casualties(
              Casualties.of(
                  CasualtyRevision.builder()
                      .date(ReportedDate.parse("2025-05-23"))
                      .killed(Estimate.range(1, 2, 4))
                      .injured(Estimate.exact(8))
                      .addSources(OFFICIALS)
                      .build()))
          .addProvenance(OFFICIALS, Statement.claimedBy(RUSSIA.id()))
          .build();
  static final TerritorialClaim FIFTH =
      TerritorialClaim.builder()
          .id(RecordId.of("claim:ru:fifth"))
          .claimant(RUSSIA.id())
          .subject(ClaimSubject.aboutShare(CountryCode.of("UA"), new BigDecimal("20")))
          .kind(ClaimKind.HOLDS)
          .means(ClaimMeans.ARMED)
          .asOf(ReportedDate.parse("2025-05"))
          .build();

  static List<Map<String, String>> table(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it =
        mapper
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return it.readAll();
    }
  }

  static String header(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
  }

  @Test
  void writesOneTablePerTypeWithTheDocumentedColumnsReadBackColumnByColumn(@TempDir Path dir)
      throws IOException {
    try (CsvExporter out = CsvExporter.toDirectory(dir)) {
      out.write(RUSSIA).write(ODESA).write(STRIKE).write(FIFTH);
      assertThat(out.counts())
          .containsExactly(
              Map.entry("parties", 1L),
              Map.entry("places", 1L),
              Map.entry("incidents", 1L),
              Map.entry("territorial_claims", 1L));
    }
    for (String t : List.of("parties", "places", "incidents", "territorial_claims")) {
      assertThat(header(dir.resolve(t + ".csv")))
          .isEqualTo(String.join(",", CsvExporter.columns(t)));
    }
    assertThat(table(dir.resolve("parties.csv")))
        .containsExactly(
            Map.of(
                "id", "ru", "name", "Russia", "kind", "state", "country", "RU", "acting_for", ""));
    Map<String, String> place = table(dir.resolve("places.csv")).get(0);
    assertThat(place)
        .containsEntry("name", "Odesa, \"port\"\nsouth")
        .containsEntry("latitude", "46.4936")
        .containsEntry("longitude", "30.7395")
        .containsEntry("region", "UA-51")
        .containsEntry("precision", "near_settlement")
        .containsEntry("acled_geo_precision", "2")
        .containsEntry("ucdp_where_prec", "2");
    Map<String, String> incident = table(dir.resolve("incidents.csv")).get(0);
    assertThat(incident)
        .containsEntry("id", "incident:odesa")
        .containsEntry("date", "2025-05-23")
        .containsEntry("date_start", "2025-05-23")
        .containsEntry("date_end", "2025-05-23")
        .containsEntry("date_precision", "day")
        .containsEntry("time", "")
        .containsEntry("place_id", "ua:odesa-port")
        .containsEntry("place_name", "Odesa, \"port\"\nsouth")
        .containsEntry("latitude", "46.4936")
        .containsEntry("longitude", "30.7395")
        .containsEntry("country", "UA")
        .containsEntry("region", "UA-51")
        .containsEntry("location_precision", "near_settlement")
        .containsEntry("target", "port_infrastructure")
        .containsEntry("perpetrator_id", "ru")
        .containsEntry("perpetrator_name", "Russia")
        .containsEntry("perpetrator_attribution", "attributed")
        .containsEntry("weapon", "missile")
        .containsEntry("killed_kind", "range")
        .containsEntry("killed_low", "1")
        .containsEntry("killed_best", "2")
        .containsEntry("killed_high", "4")
        .containsEntry("injured_kind", "exact")
        .containsEntry("injured_low", "8")
        .containsEntry("injured_best", "8")
        .containsEntry("injured_high", "8")
        .containsEntry("revisions", "1")
        .containsEntry("cameo", "195")
        .containsEntry("plover_type", "ASSAULT")
        .containsEntry("plover_mode", "aerial")
        .containsEntry("source_outlets", "Ukrainian officials \\| Telegram|ru")
        .containsEntry("source_links", "https://t.me/x");
    assertThat(incident.keySet()).containsExactlyElementsOf(CsvExporter.columns("incidents"));
    Map<String, String> claim = table(dir.resolve("territorial_claims.csv")).get(0);
    assertThat(claim)
        .containsEntry("as_of", "2025-05")
        .containsEntry("as_of_start", "2025-05-01")
        .containsEntry("as_of_end", "2025-05-31")
        .containsEntry("as_of_precision", "month")
        .containsEntry("claimant_id", "ru")
        .containsEntry("claimant_name", "Russia")
        .containsEntry("kind", "holds")
        .containsEntry("means", "armed")
        .containsEntry("asserts_control", "true")
        .containsEntry("subject_kind", "share")
        .containsEntry("subject_place_id", "")
        .containsEntry("subject_country", "UA")
        .containsEntry("subject_percent", "20")
        .containsEntry("subject_approximate", "true")
        .containsEntry("cameo", "")
        .containsEntry("plover_type", "");
  }

  @Test
  void writesUtf8WithoutByteOrderMarkAndLfLineEndsQuotingOnlyWhereNeeded(@TempDir Path dir)
      throws IOException {
    try (CsvExporter out = CsvExporter.toDirectory(dir)) {
      out.write(RUSSIA);
    }
    byte[] bytes = Files.readAllBytes(dir.resolve("parties.csv"));
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("id,name,kind,country,acting_for\nru,Russia,state,RU,\n");
  }

  @Test
  void anUnknownEstimateIsEmptyNeverZero(@TempDir Path dir) throws IOException {
    try (CsvExporter out = CsvExporter.toDirectory(dir)) {
      out.write(STRIKE.withCasualties(Casualties.unreported()));
    }
    Map<String, String> row = table(dir.resolve("incidents.csv")).get(0);
    assertThat(row)
        .containsEntry("killed_kind", "unknown")
        .containsEntry("killed_low", "")
        .containsEntry("killed_best", "")
        .containsEntry("killed_high", "")
        .containsEntry("revisions", "0")
        // the place was not written before the record: its columns are empty, the id is kept
        .containsEntry("place_id", "ua:odesa-port")
        .containsEntry("place_name", "")
        .containsEntry("latitude", "");
  }

  @Test
  void everyRecordTypeHasATable() {
    for (RecordType t : RecordType.values()) {
      assertThat(CsvExporter.tables()).contains(CsvExporter.table(t));
      assertThat(CsvExporter.columns(CsvExporter.table(t))).startsWith("id");
    }
    assertThatThrownBy(() -> CsvExporter.columns("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no table \"nope\"");
    assertThatThrownBy(() -> CsvExporter.toDirectory(Path.of("target")).write("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a party, place or record: java.lang.String");
  }
}

package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.estimate.Estimate;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.interop.csv.CsvExporter;
import dev.parley.interop.geojson.GeoJsonExporter;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.time.ReportedDate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "About N" figures and places on a border in the flat exports: an approximate figure fills only
 * its best column, never an invented low or high; a border place names the country across it.
 */
class ApproximateAndBorderExportTest {
  static final Place RAFAH =
      Place.builder()
          .id(PlaceId.of("eg:rafah-crossing"))
          .name("Rafah crossing")
          .country(CountryCode.of("EG"))
          .borderWith(CountryCode.of("PS"))
          .precision(LocationPrecision.SETTLEMENT)
          .build();

  /** The Odesa strike with its toll given as "about 20" injured. */
  static final Incident ABOUT =
      CsvExporterTest.STRIKE.withCasualties(
          Casualties.of(
              CasualtyRevision.builder()
                  .date(ReportedDate.parse("2025-05-23"))
                  .killed(Estimate.exact(1))
                  .injured(Estimate.about(20))
                  .addSources(CsvExporterTest.OFFICIALS)
                  .build()));

  @Test
  void csvWritesAnApproximateFigureAsItsBestOnlyAndTheCountryAcrossABorder(@TempDir Path dir)
      throws IOException {
    try (CsvExporter out = CsvExporter.toDirectory(dir)) {
      out.write(CsvExporterTest.RUSSIA).write(CsvExporterTest.ODESA).write(RAFAH).write(ABOUT);
    }
    List<Map<String, String>> places = CsvExporterTest.table(dir.resolve("places.csv"));
    assertThat(places.get(0)).containsEntry("border_with", "");
    assertThat(places.get(1)).containsEntry("border_with", "PS").containsEntry("country", "EG");
    Map<String, String> incident = CsvExporterTest.table(dir.resolve("incidents.csv")).get(0);
    assertThat(incident)
        .containsEntry("injured_kind", "approximate")
        .containsEntry("injured_low", "")
        .containsEntry("injured_best", "20")
        .containsEntry("injured_high", "");
  }

  @Test
  void geoJsonWritesTheSame() throws IOException {
    ByteArrayOutputStream places = new ByteArrayOutputStream();
    ByteArrayOutputStream incidents = new ByteArrayOutputStream();
    ByteArrayOutputStream claims = new ByteArrayOutputStream();
    try (GeoJsonExporter out = GeoJsonExporter.of(places, incidents, claims)) {
      out.write(CsvExporterTest.RUSSIA);
      out.write(CsvExporterTest.ODESA);
      out.write(RAFAH);
      out.write(ABOUT);
    }
    List<JsonNode> p = GeoJsonExporterTest.features(places.toByteArray());
    assertThat(p.get(1).get("properties").get("border_with").asText()).isEqualTo("PS");
    assertThat(p.get(0).get("properties").has("border_with")).isFalse();
    JsonNode i = GeoJsonExporterTest.features(incidents.toByteArray()).get(0).get("properties");
    assertThat(i.get("injured_kind").asText()).isEqualTo("approximate");
    assertThat(i.get("injured_best").asLong()).isEqualTo(20);
    assertThat(i.has("injured_low")).isFalse();
    assertThat(i.has("injured_high")).isFalse();
  }
}

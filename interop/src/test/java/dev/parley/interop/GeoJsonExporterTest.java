package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.incident.Incident;
import dev.parley.interop.SampleData.Imported;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.geojson.GeoJsonExporter;
import dev.parley.place.Place;
import dev.parley.territory.TerritorialClaim;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Checks the RFC 7946 shape of a FeatureCollection of points; returns its features. */
  static List<JsonNode> features(byte[] bytes) throws IOException {
    JsonNode root = JSON.readTree(bytes);
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.get("features").isArray()).isTrue();
    List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode f : root.get("features")) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(f.get("id").isTextual()).isTrue();
      JsonNode g = f.get("geometry");
      assertThat(g).isNotNull();
      if (!g.isNull()) {
        assertThat(g.get("type").asText()).isEqualTo("Point");
        JsonNode c = g.get("coordinates");
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.get(0).isNumber() && c.get(1).isNumber()).isTrue();
        assertThat(c.get(0).asDouble()).isBetween(-180.0, 180.0);
        assertThat(c.get(1).asDouble()).isBetween(-90.0, 90.0);
      }
      assertThat(f.get("properties").isObject()).isTrue();
      f.get("properties")
          .fields()
          .forEachRemaining(
              p ->
                  assertThat(p.getValue().isValueNode())
                      .as("property %s is flat", p.getKey())
                      .isTrue());
      out.add(f);
    }
    return out;
  }

  @Test
  void writesPlacesIncidentsAndClaimsAsFeatureCollectionsWithLongitudeFirst() throws IOException {
    Imported r = SampleData.read(AcledImporter.of(ImportOptions.defaults()), "acled-sample.csv");
    ByteArrayOutputStream places = new ByteArrayOutputStream();
    ByteArrayOutputStream incidents = new ByteArrayOutputStream();
    ByteArrayOutputStream claims = new ByteArrayOutputStream();
    try (GeoJsonExporter out = GeoJsonExporter.of(places, incidents, claims)) {
      r.values().forEach(out::write);
      assertThat(out.counts())
          .containsExactly(
              Map.entry("places", 8L), Map.entry("incidents", 8L), Map.entry("claims", 2L));
    }
    List<JsonNode> placeFeatures = features(places.toByteArray());
    assertThat(placeFeatures).hasSize(8);
    List<JsonNode> incidentFeatures = features(incidents.toByteArray());
    assertThat(incidentFeatures).hasSize(8);
    assertThat(features(claims.toByteArray())).hasSize(2);

    Incident sumy = r.byId(Incident.class, "acled:UKR900001");
    Place sumyPlace = r.byId(Place.class, sumy.place().value());
    JsonNode f =
        incidentFeatures.stream()
            .filter(x -> x.get("id").asText().equals("acled:UKR900001"))
            .findFirst()
            .orElseThrow();
    JsonNode c = f.get("geometry").get("coordinates");
    assertThat(c.get(0).asDouble()).isEqualTo(sumyPlace.coordinates().orElseThrow().longitude());
    assertThat(c.get(1).asDouble()).isEqualTo(sumyPlace.coordinates().orElseThrow().latitude());
    JsonNode p = f.get("properties");
    assertThat(p.get("killed_low").asLong()).isEqualTo(35);
    assertThat(p.get("killed_kind").asText()).isEqualTo("at_least");
    assertThat(p.has("killed_best")).isFalse();
    assertThat(p.get("perpetrator_name").asText()).isEqualTo("Military Forces of Russia (2000-)");
    assertThat(p.get("place_name").asText()).isEqualTo("Sumy");
    assertThat(p.get("plover_type").asText()).isEqualTo("ASSAULT");

    JsonNode darfur =
        incidentFeatures.stream()
            .filter(x -> x.get("id").asText().equals("acled:SDN900009"))
            .findFirst()
            .orElseThrow();
    assertThat(darfur.get("geometry").isNull()).isTrue();

    TerritorialClaim rakivka = r.byId(TerritorialClaim.class, "acled:UKR900003:claim");
    JsonNode claim =
        features(claims.toByteArray()).stream()
            .filter(x -> x.get("id").asText().equals(rakivka.id().value()))
            .findFirst()
            .orElseThrow();
    assertThat(claim.get("properties").get("kind").asText()).isEqualTo("captured");
    assertThat(claim.get("properties").get("asserts_control").asBoolean()).isTrue();
    assertThat(claim.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(37.7536);
  }

  @Test
  void writesThreeFilesEvenWhenEmpty(@TempDir Path dir) throws IOException {
    GeoJsonExporter.toDirectory(dir).close();
    for (String name : List.of("places", "incidents", "claims")) {
      assertThat(features(Files.readAllBytes(dir.resolve(name + ".geojson")))).isEmpty();
    }
  }
}

package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden files conform to the shipped schemas, and the schemas do reject bad documents. */
class SchemaTest {
  private static String golden(String name) {
    return new String(GoldenFilesTest.golden(name), StandardCharsets.UTF_8);
  }

  @Test
  void partyGoldenFileConformsToSchema() {
    assertThat(Schemas.errors("party.schema.json", golden("party.json"))).isEmpty();
  }

  @Test
  void placeGoldenFileConformsToSchema() {
    assertThat(Schemas.errors("place.schema.json", golden("place.json"))).isEmpty();
  }

  @Test
  void territorialClaimGoldenFileConformsToSchema() {
    assertThat(Schemas.errors("territorialClaim.schema.json", golden("territorialClaim.json")))
        .isEmpty();
  }

  @Test
  void assessmentGoldenFileConformsToSchema() {
    assertThat(Schemas.errors("assessment.schema.json", golden("assessment.json"))).isEmpty();
  }

  @Test
  void incidentGoldenFileConformsToSchema() {
    assertThat(Schemas.errors("incident.schema.json", golden("incident.json"))).isEmpty();
  }

  @Test
  void everyLineOfSeedStreamConformsToItsSchema() {
    List<String> lines = golden("seed.ndjson").lines().toList();
    assertThat(Schemas.errors("common.schema.json#/$defs/header", lines.get(0))).isEmpty();
    for (String line : lines.subList(1, lines.size())) {
      String type =
          ParleyJson.defaults().readRecord(line) instanceof dev.parley.party.Party
              ? "party"
              : "place";
      assertThat(Schemas.errors(Schemas.forType(type), line)).as(line).isEmpty();
    }
  }

  @Test
  void partySchemaRejectsPersonActingForNobody() {
    assertThat(
            Schemas.errors(
                "party.schema.json",
                "{\"type\":\"party\",\"id\":\"p\",\"name\":\"P\",\"kind\":\"person\"}"))
        .isNotEmpty();
  }

  @Test
  void partySchemaRejectsUnknownProperty() {
    assertThat(
            Schemas.errors(
                "party.schema.json",
                "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\",\"flag\":\"blue\"}"))
        .isNotEmpty();
  }

  @Test
  void placeSchemaRejectsRegionPrecisionWithoutRegion() {
    assertThat(
            Schemas.errors(
                "place.schema.json",
                "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\",\"precision\":\"region\"}"))
        .isNotEmpty();
  }

  @Test
  void estimateSchemaRejectsFigureOfAnotherKind() {
    assertThat(
            Schemas.errors("common.schema.json#/$defs/estimate", "{\"kind\":\"exact\",\"low\":3}"))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                "common.schema.json#/$defs/estimate", "{\"kind\":\"exact\",\"value\":3}"))
        .isEmpty();
  }
}

package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.estimate.Estimate;
import dev.parley.incident.Incident;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer's output is byte for byte the golden files, and reading them gives the seed values.
 */
class GoldenFilesTest {
  private final ParleyJson json = ParleyJson.defaults();

  /** A golden file's text. */
  static String goldenText(String name) {
    return new String(golden(name), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Writes a value; with {@code -Dparley.writeGolden=true}, also to {@code target/<name>}, to
   * refresh a golden file by hand.
   */
  static String written(ParleyJson json, Object value, String name) throws java.io.IOException {
    String text = json.write(value);
    if (Boolean.getBoolean("parley.writeGolden")) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target/" + name), text);
    }
    return text;
  }

  static byte[] golden(String name) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writesPartyAsGoldenFile() {
    assertThat(json.writeBytes(Seed.ZELENSKY)).isEqualTo(golden("party.json"));
  }

  @Test
  void readsPartyGoldenFile() {
    assertThat(json.read(golden("party.json"), Party.class)).isEqualTo(Seed.ZELENSKY);
    assertThat(json.readRecord(golden("party.json"))).isEqualTo(Seed.ZELENSKY);
  }

  @Test
  void writesPlaceAsGoldenFile() {
    assertThat(json.writeBytes(Seed.ODESA_PORT)).isEqualTo(golden("place.json"));
  }

  @Test
  void readsPlaceGoldenFile() {
    assertThat(json.read(golden("place.json"), Place.class)).isEqualTo(Seed.ODESA_PORT);
  }

  @Test
  void writesTerritorialClaimAsGoldenFile() {
    assertThat(json.writeBytes(TerritoryJsonTest.RAKIVKA_CLAIM))
        .isEqualTo(golden("territorialClaim.json"));
  }

  @Test
  void readsTerritorialClaimGoldenFile() {
    assertThat(json.read(golden("territorialClaim.json"), TerritorialClaim.class))
        .isEqualTo(TerritoryJsonTest.RAKIVKA_CLAIM);
    assertThat(json.readRecord(golden("territorialClaim.json")))
        .isEqualTo(TerritoryJsonTest.RAKIVKA_CLAIM);
  }

  @Test
  void writesAssessmentAsGoldenFile() {
    assertThat(json.writeBytes(TerritoryJsonTest.RAKIVKA_ASSESSMENT))
        .isEqualTo(golden("assessment.json"));
  }

  @Test
  void readsAssessmentGoldenFile() {
    assertThat(json.read(golden("assessment.json"), Assessment.class))
        .isEqualTo(TerritoryJsonTest.RAKIVKA_ASSESSMENT);
  }

  @Test
  void writesIncidentAsGoldenFile() {
    assertThat(json.writeBytes(IncidentJsonTest.ODESA_STRIKE)).isEqualTo(golden("incident.json"));
  }

  @Test
  void readsIncidentGoldenFile() {
    Incident back = json.read(golden("incident.json"), Incident.class);
    assertThat(back).isEqualTo(IncidentJsonTest.ODESA_STRIKE);
    assertThat(back.killed()).isEqualTo(Estimate.exact(1));
    assertThat(back.injured()).isEqualTo(Estimate.exact(8));
  }

  @Test
  void writesSeedStreamAsGoldenFile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out)) {
      Seed.RECORDS.forEach(w::write);
      assertThat(w.count()).isEqualTo(Seed.RECORDS.size());
    }
    assertThat(out.toByteArray()).isEqualTo(golden("seed.ndjson"));
  }

  @Test
  void readsSeedStreamGoldenFile() {
    List<Object> read = new ArrayList<>();
    try (NdjsonReader in =
        json.ndjsonReader(new ByteArrayInputStream(golden("seed.ndjson")), ErrorMode.FAIL_FAST)) {
      in.forEachRemaining(r -> read.add(r.value()));
    }
    assertThat(read).isEqualTo(Seed.RECORDS);
  }
}

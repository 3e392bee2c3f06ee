package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.party.Party;
import dev.parley.place.Place;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer's output is byte for byte the golden files, and reading them gives the seed values. */
class GoldenFilesTest {
  private final ParleyJson json = ParleyJson.defaults();

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
    try (NdjsonReader in = json.ndjsonReader(new ByteArrayInputStream(golden("seed.ndjson")), ErrorMode.FAIL_FAST)) {
      in.forEachRemaining(r -> read.add(r.value()));
    }
    assertThat(read).isEqualTo(Seed.RECORDS);
  }
}

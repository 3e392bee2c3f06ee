package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * examples/data/seed-chronicle.json is exactly what the writer makes of the shared seed fixture,
 * and the demo reads the fixture back from it. After a change to the story or the format,
 * regenerate it by running this test with {@code -Dparley.regenerate=true} (see
 * examples/data/README.md), which also rewrites the json module's golden copy.
 */
class SeedDocumentTest {
  private static final Path FILE = ExampleData.dir().resolve("seed-chronicle.json");

  @Test
  void dataFileIsTheWritersSeedDocument() throws IOException {
    String expected =
        ParleyJson.defaults().writeChronicle(dev.parley.testing.SeedStory.chronicle());
    if (Boolean.getBoolean("parley.regenerate")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
      Path golden =
          FILE.toAbsolutePath()
              .getParent()
              .getParent()
              .getParent()
              .resolve("json/src/test/resources/golden/seed-chronicle.json");
      Files.writeString(golden, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as(
            "%s is stale; regenerate it with -Dparley.regenerate=true (examples/data/README.md)",
            FILE)
        .isEqualTo(expected);
  }

  @Test
  void demoReadsTheSharedSeedFixture() {
    var fixture = dev.parley.testing.SeedStory.chronicle();
    var seed = SeedStory.chronicle();
    assertThat(seed.parties()).isEqualTo(fixture.parties());
    assertThat(seed.places()).isEqualTo(fixture.places());
    assertThat(seed.records()).isEqualTo(fixture.records());
    assertThat(ParleyJson.defaults().readChronicle(SeedDocument.json())).isEqualTo(fixture);
  }
}

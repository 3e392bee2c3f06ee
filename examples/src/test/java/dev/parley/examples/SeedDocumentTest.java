package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * examples/data/seed-chronicle.json is exactly what the writer makes of the seed story. After a
 * change to the story or the format, regenerate it by running this test with {@code
 * -Dparley.regenerate=true} (see examples/data/README.md), which also rewrites the json module's
 * golden copy.
 */
class SeedDocumentTest {
  private static final Path FILE = ExampleData.dir().resolve("seed-chronicle.json");

  @Test
  void dataFileIsTheWritersSeedDocument() throws IOException {
    String expected = ParleyJson.defaults().writeChronicle(SeedDocument.chronicle());
    if (Boolean.getBoolean("parley.regenerate")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
      Path golden = FILE.toAbsolutePath().getParent().getParent().getParent()
          .resolve("json/src/test/resources/golden/seed-chronicle.json");
      Files.writeString(golden, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("%s is stale; regenerate it with -Dparley.regenerate=true (examples/data/README.md)", FILE)
        .isEqualTo(expected);
  }

  @Test
  void seedDocumentHoldsTheWholeStoryTheFormatCanWrite() {
    var seed = SeedStory.chronicle();
    var doc = SeedDocument.chronicle();
    assertThat(doc.parties()).isEqualTo(seed.parties());
    assertThat(doc.places()).isEqualTo(seed.places());
    ParleyJson json = ParleyJson.defaults();
    assertThat(doc.records()).isEqualTo(seed.records().stream().filter(r -> json.isRecordType(r.getClass())).toList());
    assertThat(json.readChronicle(SeedDocument.json())).isEqualTo(doc);
  }
}

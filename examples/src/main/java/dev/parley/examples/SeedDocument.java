package dev.parley.examples;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The seed story as a chronicle document, the content of {@code examples/data/seed-chronicle.json}.
 *
 * <pre>{@code
 * String document = SeedDocument.json();
 * }</pre>
 *
 * <p>The document holds the seed chronicle's parties and places and those of its records whose
 * type the JSON format can write; once every record type has its codec, that is the whole
 * story. Regenerate the data file after a change to the story or the format with {@code java -cp
 * examples/target/parley-examples.jar dev.parley.examples.SeedDocument
 * examples/data/seed-chronicle.json} (after {@code mvn -o package -pl examples -am}), or by
 * running {@code SeedDocumentTest} with {@code -Dparley.regenerate=true}.
 */
public final class SeedDocument {
  private SeedDocument() {}

  /**
   * Returns the seed chronicle as far as the format can write it.
   *
   * @return the parties, places and writable records of {@link SeedStory#chronicle()}, in its order
   */
  public static Chronicle chronicle() {
    Chronicle seed = SeedStory.chronicle();
    ParleyJson json = ParleyJson.defaults();
    return Chronicle.builder()
        .addAllParties(seed.parties())
        .addAllPlaces(seed.places())
        .addAllRecords(seed.records().stream().filter(r -> json.isRecordType(r.getClass())).toList())
        .build();
  }

  /**
   * Returns the seed chronicle document.
   *
   * @return the pretty-printed document, ending with a newline; not null
   */
  public static String json() {
    return ParleyJson.defaults().writeChronicle(chronicle());
  }

  /**
   * Writes the seed chronicle document to a file.
   *
   * @param args the file; {@code examples/data/seed-chronicle.json} when none is given
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Paths.get(args.length > 0 ? args[0] : "examples/data/seed-chronicle.json");
    Files.writeString(file, json(), StandardCharsets.UTF_8);
  }
}

package dev.parley.examples;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole chronicle from a file: a chronicle document ({@code .json}) or an NDJSON record
 * stream ({@code .ndjson}), strictly.
 *
 * <pre>{@code
 * Chronicle c = ChronicleFiles.read(Paths.get("examples/data/seed-chronicle.json"));
 * }</pre>
 */
public final class ChronicleFiles {
  private ChronicleFiles() {}

  /**
   * Reads a chronicle file.
   *
   * @param file a {@code .json} chronicle document or an {@code .ndjson} stream
   * @return the chronicle, not null
   * @throws IOException if the file cannot be opened
   * @throws dev.parley.json.format.ParleyJsonException at the first flaw
   * @throws IllegalArgumentException if the name ends neither in {@code .json} nor in {@code
   *     .ndjson}
   */
  public static Chronicle read(Path file) throws IOException {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    ParleyJson json = ParleyJson.defaults();
    if (name.endsWith(".json")) {
      try (InputStream in = Files.newInputStream(file)) {
        return json.readChronicle(in);
      }
    }
    if (!name.endsWith(".ndjson")) {
      throw new IllegalArgumentException(
          "not a .json chronicle document or an .ndjson record stream: " + file);
    }
    Chronicle.Builder b = Chronicle.builder();
    try (NdjsonReader in = json.ndjsonReader(Files.newInputStream(file), ErrorMode.FAIL_FAST)) {
      in.forEachRemaining(
          r -> {
            Object v = r.value();
            if (v instanceof Party p) {
              b.addParties(p);
            } else if (v instanceof Place p) {
              b.addPlaces(p);
            } else {
              b.addRecords((ChronicleRecord) v);
            }
          });
    }
    return b.build();
  }
}

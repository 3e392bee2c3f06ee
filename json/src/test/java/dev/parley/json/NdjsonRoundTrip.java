package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Shared check: records written as an NDJSON stream read back equal, line by line, and each line
 * meets its schema.
 */
final class NdjsonRoundTrip {
  private NdjsonRoundTrip() {}

  /**
   * Writes the records as one stream, reads it back and checks each line.
   *
   * @param records the records, in order
   * @param schemas the schema of each record's line, in the same order
   */
  static void check(ParleyJson json, List<?> records, List<String> schemas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out)) {
      records.forEach(w::write);
    }
    try (NdjsonReader in =
        json.ndjsonReader(new ByteArrayInputStream(out.toByteArray()), ErrorMode.FAIL_FAST)) {
      for (Object record : records) {
        assertThat(in.next().value()).isEqualTo(record);
      }
      assertThat(in.hasNext()).isFalse();
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < schemas.size(); i++) {
      assertThat(Schemas.errors(schemas.get(i), lines[i + 1])).as(lines[i + 1]).isEmpty();
    }
  }
}

package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.codec.records.RecordCodec;
import dev.parley.json.codec.records.RecordTypes;
import dev.parley.record.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record type of {@link RecordType} (and the party and place entries) has what the format
 * promises: a codec in {@link RecordTypes#all()} for its Java class, a schema in the jar that the
 * chronicle schema lists, a golden file that reads back to a value of its Java type, is written
 * again byte for byte and conforms to the schema, and a section in docs/json-format.md. A failure
 * names each place that is still missing.
 */
class RecordTypeChecklistTest {
  static Stream<String> typeNames() {
    return Stream.concat(
        Stream.of("party", "place"), Arrays.stream(RecordType.values()).map(RecordType::token));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typeNames")
  void recordTypeHasCodecSchemaGoldenFileAndDocs(String type) throws IOException {
    List<String> missing = new ArrayList<>();
    RecordCodec<?> codec = RecordTypes.byName(type);
    if (codec == null) {
      missing.add("a codec in dev.parley.json.codec.records.RecordTypes");
    } else if (!"party".equals(type)
        && !"place".equals(type)
        && codec.javaType() != RecordType.fromToken(type).javaType()) {
      missing.add(
          "a codec of "
              + RecordType.fromToken(type).javaType().getSimpleName()
              + " (it reads "
              + codec.javaType().getSimpleName()
              + ")");
    }
    String schema = Schemas.forType(type);
    if (ParleyJson.class.getResource("/dev/parley/json/schema/" + schema) == null) {
      missing.add("json/src/main/resources/dev/parley/json/schema/" + schema);
    }
    if (!"party".equals(type)
        && !"place".equals(type)
        && !resource("/dev/parley/json/schema/chronicle.schema.json")
            .contains("\"" + schema + "\"")) {
      missing.add("a $ref to " + schema + " in chronicle.schema.json $defs/record");
    }
    String golden = resource("/golden/" + type + ".json");
    if (golden.isEmpty()) {
      missing.add("json/src/test/resources/golden/" + type + ".json");
    }
    if (!Files.readString(docs()).contains("### `" + type + "`")) {
      missing.add("a section ### `" + type + "` in docs/json-format.md");
    }
    assertThat(missing).as("what the record type %s still needs", type).isEmpty();
    byte[] bytes = golden.getBytes(StandardCharsets.UTF_8);
    Object value = ParleyJson.defaults().readRecord(bytes);
    assertThat(value).isInstanceOf(codec.javaType());
    assertThat(ParleyJson.defaults().writeBytes(value)).isEqualTo(bytes);
    assertThat(Schemas.errors(schema, golden)).isEmpty();
  }

  @Test
  void everyRegisteredCodecIsARecordTypeOrAnEntry() {
    assertThat(RecordTypes.all())
        .extracting(RecordCodec::typeName)
        .containsExactlyElementsOf(typeNames().toList());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RecordTypeChecklistTest.class.getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Path docs() {
    Path here = Paths.get("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("docs/json-format.md"))) {
      here = here.getParent();
    }
    assertThat(here).as("project root with docs/json-format.md").isNotNull();
    return here.resolve("docs/json-format.md");
  }
}

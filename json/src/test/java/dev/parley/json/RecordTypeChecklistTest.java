package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.codec.RecordCodec;
import dev.parley.json.codec.RecordTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered record type has what the format promises: a schema in the jar, a golden file
 * that reads back to a value of its Java type, is written again byte for byte and conforms to
 * the schema, and a section in docs/json-format.md.
 */
class RecordTypeChecklistTest {
  static Stream<String> typeNames() {
    return RecordTypes.all().stream().map(RecordCodec::typeName);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typeNames")
  void recordTypeHasSchemaGoldenFileAndDocs(String type) throws IOException {
    RecordCodec<?> codec = RecordTypes.byName(type);
    assertThat(codec).isNotNull();
    assertThat(ParleyJson.class.getResource("/dev/parley/json/schema/" + Schemas.forType(type)))
        .as("schema of %s", type).isNotNull();
    byte[] golden = GoldenFilesTest.golden(type + ".json");
    Object value = ParleyJson.defaults().readRecord(golden);
    assertThat(value).isInstanceOf(codec.javaType());
    assertThat(ParleyJson.defaults().writeBytes(value)).isEqualTo(golden);
    assertThat(Schemas.errors(Schemas.forType(type), new String(golden, StandardCharsets.UTF_8))).isEmpty();
    assertThat(Files.readString(docs())).contains("### `" + type + "`");
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

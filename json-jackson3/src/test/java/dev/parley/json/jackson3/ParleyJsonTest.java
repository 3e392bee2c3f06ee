package dev.parley.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import dev.parley.testing.SeedStory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 entry point: documents, NDJSON in both error modes, limits, its strict mapper. */
class ParleyJsonTest {
  private final ParleyJson json = ParleyJson.defaults();

  @Test
  void writesAndReadsAChronicleDocument() {
    String text = json.writeChronicle(SeedStory.chronicle());
    assertThat(text)
        .startsWith("{\n  \"format\": \"parley\",\n  \"version\": 1,\n")
        .endsWith("}\n");
    assertThat(json.readChronicle(text)).isEqualTo(SeedStory.chronicle());
    assertThat(json.readChronicle(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(SeedStory.chronicle());
  }

  @Test
  void streamsNdjsonInBothErrorModes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out)) {
      w.write(SeedStory.UKRAINE).write(SeedStory.RUSSIA);
    }
    String lines = out.toString(StandardCharsets.UTF_8) + "{\"type\":\"party\",\"id\":\"x\"}\n";
    try (NdjsonReader in =
        json.ndjsonReader(lines.getBytes(StandardCharsets.UTF_8), ErrorMode.COLLECT)) {
      List<NdjsonRecord> all = in.stream().toList();
      assertThat(all).hasSize(3);
      assertThat(all.get(0).value()).isEqualTo(SeedStory.UKRAINE);
      assertThat(all.get(2).error().orElseThrow().kind()).isEqualTo(Kind.MISSING_PROPERTY);
      assertThat(all.get(2).error().orElseThrow().line()).isEqualTo(4);
    }
    try (NdjsonReader in =
        json.ndjsonReader(
            new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
            ErrorMode.FAIL_FAST)) {
      in.next();
      in.next();
      ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class, in::next);
      assertThat(e.kind()).isEqualTo(Kind.MISSING_PROPERTY);
      assertThat(e.line()).isEqualTo(4);
    }
  }

  @Test
  void enforcesItsLimits() {
    ParleyJson small = json.withLimits(JsonLimits.defaults().withMaxStringLength(6));
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () ->
                small.read(
                    "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}",
                    Party.class));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/name");
  }

  @Test
  void itsMapperIsStrictForOtherTypesToo() {
    JsonMapper mapper = json.newObjectMapper();
    assertThat(catchThrowableOfType(Exception.class, () -> mapper.readTree("{\"a\":1,\"a\":2}")))
        .as("a duplicate key")
        .isNotNull();
    assertThat(catchThrowableOfType(Exception.class, () -> mapper.readTree("{\"a\":1} 2")))
        .as("trailing tokens")
        .isNotNull();
    assertThat(mapper.readTree("{\"a\":1}").get("a").asInt()).isEqualTo(1);
  }
}

package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.ceasefire.ReleaseCondition;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceExtension;
import dev.parley.chronicle.Chronicle;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.testing.GazaPauseStory;
import dev.parley.testing.Laws;
import dev.parley.testing.TruceGen;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Record type {@code truce}: the golden file is the Gaza humanitarian pause of November 2023 with
 * its two conditional extensions; generated truces round-trip byte for byte through JSON and NDJSON
 * and conform to the schema; bad truces fail with the documented error.
 */
class TruceJsonTest {
  private static final String SCHEMA = "truce.schema.json";
  private final ParleyJson json = ParleyJson.defaults();

  private static String golden() {
    return new String(GoldenFilesTest.golden("truce.json"), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheGazaPauseAsGoldenFile() {
    assertThat(json.write(GazaPauseStory.pause())).isEqualTo(golden());
  }

  @Test
  void readsGoldenFileBackToThePause() {
    Truce pause = json.read(golden(), Truce.class);
    assertThat(pause).isEqualTo(GazaPauseStory.pause());
    assertThat(json.readRecord(golden())).isEqualTo(pause);
    assertThat(pause.zone()).isEqualTo(ZoneId.of("Asia/Gaza"));
    assertThat(pause.inForce()).isEqualTo(LocalDateTime.of(2023, 11, 24, 7, 0));
    assertThat(pause.effectiveEnd()).contains(GazaPauseStory.FINAL_END);
    assertThat(pause.extensions().get(0).condition().orElseThrow().count()).hasValue(20);
  }

  @Test
  void goldenFileConformsToSchema() {
    assertThat(Schemas.errors(SCHEMA, golden())).isEmpty();
  }

  @Test
  void trucesRoundTripByteForByteAndConformToSchema() {
    Laws.qt()
        .forAll(TruceGen.truces())
        .checkAssert(
            t -> {
              String text = json.write(t);
              Truce back = json.read(text, Truce.class);
              assertThat(back).isEqualTo(t);
              assertThat(json.write(back)).isEqualTo(text);
              assertThat(Schemas.errors(SCHEMA, text)).as(text).isEmpty();
            });
  }

  @Test
  void trucesRoundTripThroughNdjson() {
    Laws.qt()
        .forAll(TruceGen.truces())
        .checkAssert(t -> NdjsonRoundTrip.check(json, List.of(t), List.of(SCHEMA)));
  }

  @Test
  void theStoryRoundTripsAsAChronicleDocument() {
    Chronicle story = GazaPauseStory.chronicle();
    byte[] document = json.writeBytes(story);
    assertThat(document).isEqualTo(GoldenFilesTest.golden("truce-chronicle.json"));
    Chronicle back = json.readChronicle(document);
    assertThat(back).isEqualTo(story);
    assertThat(back.validate().findings()).isEmpty();
    assertThat(
            Schemas.errors("chronicle.schema.json", new String(document, StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void extensionsAndConditionsReadAndWriteAlone() {
    TruceExtension twoDays = GazaPauseStory.twoDays();
    String text = json.write(twoDays);
    assertThat(json.read(text, TruceExtension.class)).isEqualTo(twoDays);
    assertThat(Schemas.errors(SCHEMA + "#/$defs/extension", text)).as(text).isEmpty();
    ReleaseCondition bare = ReleaseCondition.of(GazaPauseStory.NOV_30);
    assertThat(json.write(bare)).doesNotContain("count").doesNotContain("releasedBy");
    assertThat(json.read(json.write(bare), ReleaseCondition.class)).isEqualTo(bare);
  }

  @Test
  void jacksonModuleReadsAndWritesThePause() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String text = mapper.writeValueAsString(GazaPauseStory.pause());
    assertThat(mapper.readValue(text, Truce.class)).isEqualTo(GazaPauseStory.pause());
  }

  @Test
  void rejectsAMediatorWhoIsAPartyNamingTheRule() {
    String bad = golden().replace("\"us\"", "\"il\"");
    ParleyJsonException e =
        catchThrowableOfType(ParleyJsonException.class, () -> json.read(bad, Truce.class));
    assertThat(e.kind()).isEqualTo(Kind.RULE_VIOLATION);
    assertThat(e.ruleCodes()).containsExactly("TRUCE_MEDIATOR_IS_PARTY");
  }

  @Test
  void rejectsAnUnknownZoneAndALocalTimeWithAnOffset() {
    ParleyJsonException zone =
        catchThrowableOfType(
            ParleyJsonException.class,
            () -> json.read(golden().replace("\"Asia/Gaza\"", "\"Mars/Olympus\""), Truce.class));
    assertThat(zone.kind()).isEqualTo(Kind.INVALID_TEXT);
    assertThat(zone.pointer()).isEqualTo("/zone");
    ParleyJsonException local =
        catchThrowableOfType(
            ParleyJsonException.class,
            () ->
                json.read(
                    golden().replace("\"2023-11-24T07:00\"", "\"2023-11-24T07:00+02:00\""),
                    Truce.class));
    assertThat(local.kind()).isEqualTo(Kind.INVALID_TEXT);
    assertThat(local.pointer()).isEqualTo("/inForce");
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() {
    String pause = golden();
    assertThat(pause)
        .contains("\"releasedBy\": \"hamas\",\n        \"count\": 20")
        .contains("\"parties\": [\n    \"il\",\n    \"hamas\"\n  ]");
    assertThat(Schemas.errors(SCHEMA, pause.replace("\"2023-11-24T07:00\"", "\"24 Nov 07:00\"")))
        .isNotEmpty();
    assertThat(Schemas.errors(SCHEMA, pause.replace("\"count\": 20", "\"count\": 0"))).isNotEmpty();
    assertThat(
            Schemas.errors(
                SCHEMA,
                pause.replace(
                    "\"releasedBy\": \"hamas\",\n        \"count\": 20", "\"count\": 20")))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                SCHEMA,
                pause.replace(
                    "\"parties\": [\n    \"il\",\n    \"hamas\"\n  ]", "\"parties\": [\"il\"]")))
        .isNotEmpty();
  }
}

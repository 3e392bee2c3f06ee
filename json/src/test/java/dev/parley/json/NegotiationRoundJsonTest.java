package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.negotiation.TalksFormat;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.provenance.Statement;
import dev.parley.testing.Laws;
import dev.parley.testing.NegotiationGen;
import dev.parley.testing.SeedStory;
import dev.parley.testing.VocabularyGen;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Record type {@code negotiationRound}: the golden file is the seed's Istanbul talks, generated
 * rounds round-trip byte for byte and conform to the schema.
 */
class NegotiationRoundJsonTest {
  private static final String SCHEMA = "negotiationRound.schema.json";
  private final ParleyJson json = ParleyJson.defaults();

  private static String golden() {
    return new String(GoldenFilesTest.golden("negotiationRound.json"), StandardCharsets.UTF_8);
  }

  /** Generated rounds, some with a note and provenance, which the core generator leaves out. */
  static Gen<NegotiationRound> rounds() {
    return NegotiationGen.rounds()
        .zip(VocabularyGen.statements().toOptionals(50), NegotiationRoundJsonTest::withDetails);
  }

  private static NegotiationRound withDetails(NegotiationRound r, Optional<Statement> said) {
    return said.map(s -> r.withProvenance(s).withNote("talks held behind closed doors")).orElse(r);
  }

  @Test
  void writesIstanbulTalksAsGoldenFile() {
    assertThat(json.write(SeedStory.ISTANBUL_TALKS)).isEqualTo(golden());
  }

  @Test
  void readsGoldenFileBackToTheTalks() {
    NegotiationRound talks = json.read(golden(), NegotiationRound.class);
    assertThat(talks).isEqualTo(SeedStory.ISTANBUL_TALKS);
    assertThat(json.readRecord(golden())).isEqualTo(SeedStory.ISTANBUL_TALKS);
    assertThat(talks.duration()).contains(Duration.ofHours(2));
    assertThat(talks.format()).isEqualTo(TalksFormat.DIRECT);
    assertThat(talks.partiesIn(Role.HOST)).containsExactly(PartyId.of("tr"));
    assertThat(talks.parties()).containsExactly(PartyId.of("ru"), PartyId.of("ua"));
  }

  @Test
  void goldenFileConformsToSchema() {
    assertThat(Schemas.errors(SCHEMA, golden())).isEmpty();
  }

  @Test
  void roundsRoundTripByteForByteAndConformToSchema() {
    Laws.qt()
        .forAll(rounds())
        .checkAssert(
            r -> {
              String text = json.write(r);
              NegotiationRound back = json.read(text, NegotiationRound.class);
              assertThat(back).isEqualTo(r);
              assertThat(json.write(back)).isEqualTo(text);
              assertThat(Schemas.errors(SCHEMA, text)).as(text).isEmpty();
            });
  }

  @Test
  void roundsRoundTripThroughNdjson() {
    Laws.qt()
        .forAll(rounds())
        .checkAssert(
            r -> {
              NdjsonRoundTrip.check(json, List.of(r), List.of(SCHEMA));
            });
  }

  @Test
  void delegationsRoundTrip() {
    Laws.qt()
        .forAll(NegotiationGen.delegations())
        .checkAssert(
            d -> {
              String text = json.write(d);
              assertThat(json.read(text, Delegation.class)).isEqualTo(d);
              assertThat(text.contains("members")).isEqualTo(!d.members().isEmpty());
              assertThat(Schemas.errors(SCHEMA + "#/$defs/delegation", text)).as(text).isEmpty();
            });
  }

  @Test
  void jacksonModuleReadsAndWritesTheTalks() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String text = mapper.writeValueAsString(SeedStory.ISTANBUL_TALKS);
    assertThat(mapper.readValue(text, NegotiationRound.class)).isEqualTo(SeedStory.ISTANBUL_TALKS);
    assertThat(mapper.writeValueAsString(TalksFormat.PROXIMITY)).isEqualTo("\"proximity\"");
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() {
    String talks = golden();
    assertThat(
            Schemas.errors(
                SCHEMA, talks.replace("\"format\": \"direct\"", "\"format\": \"mediated\"")))
        .isNotEmpty();
    assertThat(Schemas.errors(SCHEMA, talks.replace("\"PT2H\"", "\"two hours\""))).isNotEmpty();
    assertThat(
            Schemas.errors(
                SCHEMA, talks.replace("\"outcomes\": [", "\"outcomes\": [\"a1\", \"a1\",")))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                SCHEMA,
                talks.replace(
                    ",\n    {\n      \"party\": \"ua\",\n      \"head\": \"Rustem Umerov\"\n    }",
                    "")))
        .isNotEmpty();
  }
}
